package cn.gov.baotou.talent.rareearth.grant.entity;

/** Where an application stands: with the lead department, with the city office, or decided one way or another. */
public enum ApplicationStatus {
    /** 待牵头部门审核. */
    SUBMITTED,
    /** 待市委人才办审核. */
    CITY_REVIEW,
    /** 已支持: booked in the ledger. */
    GRANTED,
    /** 不予支持. */
    REJECTED,
    /** 资金支持不重复: the ledger holds a grant for the same beneficiary and purpose. */
    DUPLICATE;

    public boolean decided() {
        return this == GRANTED || this == REJECTED || this == DUPLICATE;
    }
}
