package cn.gov.baotou.talent.intake.recruitment.boundary;

import cn.gov.baotou.talent.intake.recruitment.entity.RecruitmentRecords;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Where a hire came from, for other intake code to check: a hire may name the recruitment event or outside talent
 * workstation that brought its talent, by kind and id, and asks here whether that source exists. Joins the caller's
 * transaction; no role check (the hire's own boundary has made it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecruitmentSources {

    @Inject
    RecruitmentRecords records;

    public RecruitmentSources() {}

    /** For use outside the container (tests). */
    public RecruitmentSources(RecruitmentRecords records) {
        this.records = records;
    }

    public boolean exists(SourceKind kind, long id) {
        return kind != null && records.exists(kind, id);
    }
}
