package cn.gov.baotou.talent.rareearth.grant.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import jakarta.persistence.Query;

/**
 * Who may read which applications, as a query condition: the city-wide roles all, a district its district's, an
 * enterprise its own, and a department those of the measures it reviews.
 */
public record ApplicationReaders(Visibility visibility, String reviewingDepartment) {

    /** The condition on an application aliased {@code a}; bind its parameters with {@link #bind}. */
    String condition() {
        if (reviewingDepartment != null) {
            return "a.measureNo in (select m.number from Measure m where m.reviewDepartment = :reviewer)";
        }
        return visibility.condition("a.districtCode", "a.enterpriseId");
    }

    <Q extends Query> Q bind(Q query) {
        if (reviewingDepartment != null) {
            query.setParameter("reviewer", reviewingDepartment);
            return query;
        }
        return visibility.bind(query);
    }
}
