package cn.gov.baotou.talent.intake.hire.entity;

/** 考核等次 of an annual evaluation (intake.6.2), of the enterprise and of the talent alike. */
public enum Grade {
    /** 优秀. */
    EXCELLENT,
    /** 合格. */
    QUALIFIED,
    /** 基本合格. */
    BASIC,
    /** 不合格. */
    UNQUALIFIED
}
