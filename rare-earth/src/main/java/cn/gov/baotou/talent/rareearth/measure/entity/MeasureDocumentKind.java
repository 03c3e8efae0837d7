package cn.gov.baotou.talent.rareearth.measure.entity;

/** What the closing paragraph asks for: a department's 细则 or 办事流程, a district's 配套措施. */
public enum MeasureDocumentKind {
    /** 细则: a responsible department's detailed rules. */
    DETAILED_RULES,
    /** 办事流程: a responsible department's procedure. */
    PROCEDURE,
    /** 配套措施: a district's supporting measures. */
    DISTRICT_MEASURES
}
