package cn.gov.baotou.talent.intake.recruitment.entity;

/**
 * Where a candidate came from: a recruitment event at a university, or an outside talent workstation; a hire names
 * its source by the same kind (intake.5.2), with the event or workstation in its own words.
 */
public enum SourceKind {
    /** 推介引才活动. */
    EVENT,
    /** 域外人才工作站. */
    WORKSTATION
}
