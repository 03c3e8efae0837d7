package cn.gov.baotou.talent.intake.recruitment.boundary;

import cn.gov.baotou.talent.intake.recruitment.entity.CandidateDetails;
import cn.gov.baotou.talent.intake.recruitment.entity.RecruitedCandidate;
import java.time.Instant;

/** A candidate as the API shows it, with its source and the enterprise interested. */
public record CandidateView(
        long id,
        String sourceKind,
        long sourceId,
        String fullName,
        String degree,
        String institution,
        String major,
        Long enterpriseId,
        String enterpriseName,
        String status,
        String updatedBy,
        Instant updatedAt) {

    public static CandidateView of(RecruitedCandidate c) {
        CandidateDetails d = c.details();
        return new CandidateView(
                c.id(),
                c.sourceKind().name(),
                c.sourceId(),
                d.fullName(),
                d.degree().name(),
                d.institution(),
                d.major(),
                d.enterpriseId(),
                c.enterprise() == null ? null : c.enterprise().name(),
                d.status().name(),
                c.updatedBy(),
                c.updatedAt());
    }
}
