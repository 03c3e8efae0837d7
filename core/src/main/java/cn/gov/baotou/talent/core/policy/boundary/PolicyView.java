package cn.gov.baotou.talent.core.policy.boundary;

import cn.gov.baotou.talent.core.policy.entity.Policy;
import java.time.LocalDate;
import java.util.List;

/** A policy as the API shows it. */
public record PolicyView(
        String id,
        String documentNumber,
        String title,
        String titleEn,
        String shortTitle,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validTo,
        List<ClauseView> clauses) {

    static PolicyView of(Policy p, List<ClauseView> clauses) {
        return new PolicyView(
                p.id(),
                p.documentNumber(),
                p.title(),
                p.titleEn(),
                p.shortTitle(),
                p.issuedOn(),
                p.validFrom(),
                p.validTo(),
                clauses);
    }
}
