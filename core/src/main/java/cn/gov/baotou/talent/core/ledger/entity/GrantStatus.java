package cn.gov.baotou.talent.core.ledger.entity;

/** Where a grant stands, as list pages filter and show it; the payments and recoveries say exactly how much. */
public enum GrantStatus {
    /** 待拨付: booked, no share paid yet. */
    COMMITTED,
    /** 部分拨付: one finance has paid its share, the other not yet. */
    PARTLY_PAID,
    /** 已拨付: every share paid. */
    PAID,
    /** 已追回: the city office decided a recovery (of part or all). */
    RECOVERED
}
