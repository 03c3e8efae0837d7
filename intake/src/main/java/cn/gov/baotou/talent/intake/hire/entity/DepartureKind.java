package cn.gov.baotou.talent.intake.hire.entity;

/** How a hire left the enterprise (intake.6.3: 辞职、辞退等工作变动). */
public enum DepartureKind {
    /** 辞职. */
    RESIGNED,
    /** 辞退. */
    DISMISSED,
    /** 其他. */
    OTHER
}
