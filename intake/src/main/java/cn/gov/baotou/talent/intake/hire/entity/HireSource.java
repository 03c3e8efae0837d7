package cn.gov.baotou.talent.intake.hire.entity;

/** Where the enterprise found the person (intake.5.2): a recruitment event at a university or an outside workstation. */
public enum HireSource {
    /** 推介引才活动. */
    EVENT,
    /** 域外人才工作站. */
    WORKSTATION
}
