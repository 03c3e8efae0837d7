package cn.gov.baotou.talent.intake.hire.entity;

import java.util.Set;

/** Where a hire stands in the plan's procedure (intake.5.3 to intake.6.3); {@code HireWorkflow} says how it moves. */
public enum HireStatus {
    /** 已报送: the enterprise submitted the person it intends to hire. */
    SUBMITTED,
    /** 已核实: the city office verified the person (intake.5.4). */
    VERIFIED,
    /** 未通过核实. */
    REJECTED,
    /** 已签订三方协议: the subsidy is booked in the ledger. */
    AGREEMENT_SIGNED,
    /** 补贴已拨付: both finances paid their halves (intake.5.5). */
    SUBSIDY_PAID,
    /** 服务期内 (intake.6.1). */
    SERVING,
    /** 服务期满. */
    COMPLETED,
    /** 已离职 (intake.6.3). */
    DEPARTED;

    /** Brought in: the three-party agreement is signed (the targets of intake.1 count these). */
    public static final Set<HireStatus> BROUGHT_IN =
            Set.of(AGREEMENT_SIGNED, SUBSIDY_PAID, SERVING, COMPLETED, DEPARTED);

    /** Still open: the person cannot be submitted again while one of these stands. */
    public static final Set<HireStatus> OPEN = Set.of(SUBMITTED, VERIFIED, AGREEMENT_SIGNED, SUBSIDY_PAID, SERVING);
}
