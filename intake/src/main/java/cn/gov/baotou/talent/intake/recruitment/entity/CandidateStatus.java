package cn.gov.baotou.talent.intake.recruitment.entity;

/** How far a candidate has come with the enterprise interested; the city office records it as it learns. */
public enum CandidateStatus {
    /** 已对接. */
    CONTACTED,
    /** 已面试. */
    INTERVIEWED,
    /** 已发录用意向. */
    OFFERED,
    /** 未成功（本人放弃或未录用）. */
    DECLINED
}
