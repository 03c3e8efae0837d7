package cn.gov.baotou.talent.intake.recruitment.entity;

/** Where a candidate came from: a recruitment event at a university, or an outside talent workstation. */
public enum SourceKind {
    /** 推介引才活动. */
    EVENT,
    /** 域外人才工作站. */
    WORKSTATION
}
