package cn.gov.baotou.talent.servicesplan.proactive.boundary;

/** An enterprise told before a window, with its quota, what it had used, the clause, and whether it has applied. */
public record ToldEnterprise(
        long enterpriseId,
        String enterpriseName,
        String districtName,
        int quota,
        int used,
        String clauseId,
        boolean applied) {}
