package cn.gov.baotou.talent.servicesplan.quota.control;

/** What a quota rests on: the enterprise's revenue (营业收入, services-plan.4.1) or its key project's investment (4.2). */
public enum Basis {
    REVENUE("services-plan.4.1"),
    INVESTMENT("services-plan.4.2");

    private final String clauseId;

    Basis(String clauseId) {
        this.clauseId = clauseId;
    }

    /** The tier's clause: {@code services-plan.4.1.2} for the second revenue tier. */
    public String tierClause(int tier) {
        return clauseId + "." + tier;
    }
}
