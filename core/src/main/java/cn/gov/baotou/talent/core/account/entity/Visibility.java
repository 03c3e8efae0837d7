package cn.gov.baotou.talent.core.account.entity;

import jakarta.persistence.Query;

/**
 * What a caller may see of district- and enterprise-bound records, for queries to filter by: everything, one
 * district, one enterprise, or nothing.
 */
public record Visibility(boolean all, String districtCode, Long enterpriseId) {

    public static final Visibility NOTHING = new Visibility(false, null, null);
    public static final Visibility EVERYTHING = new Visibility(true, null, null);

    public static Visibility of(Role role, AccountScope scope) {
        if (role == null) {
            return NOTHING;
        }
        return switch (role) {
            case CITY_OFFICE, CITY_FINANCE, LEADERSHIP -> EVERYTHING;
            case DISTRICT_OFFICE, DISTRICT_FINANCE -> new Visibility(false, scope.districtCode(), null);
            case ENTERPRISE -> new Visibility(false, null, scope.enterpriseId());
            // commissioners see the tickets routed to their department, not the registry
            case DEPARTMENT -> NOTHING;
        };
    }

    /**
     * A JPQL condition on an entity that has a district and an enterprise: {@code alias.districtPath} and
     * {@code alias.enterprisePath}; bind its parameters with {@link #bind}.
     */
    public String condition(String districtPath, String enterpriseIdPath) {
        if (all) {
            return "1 = 1";
        }
        if (districtCode != null) {
            return districtPath + " = :visibleDistrict";
        }
        if (enterpriseId != null) {
            return enterpriseIdPath + " = :visibleEnterprise";
        }
        return "1 = 0";
    }

    public <Q extends Query> Q bind(Q query) {
        if (!all && districtCode != null) {
            query.setParameter("visibleDistrict", districtCode);
        } else if (!all && enterpriseId != null) {
            query.setParameter("visibleEnterprise", enterpriseId);
        }
        return query;
    }
}
