package cn.gov.baotou.talent.intake.demand.entity;

/** Where a job demand stands: drafted, submitted for review, published in the catalog, returned, or closed. */
public enum DemandStatus {
    /** 草稿: the enterprise is still writing it. */
    DRAFT,
    /** 待审核: waiting for the city office. */
    SUBMITTED,
    /** 已发布: in the public catalog. */
    PUBLISHED,
    /** 已退回: the city office sent it back with its reason; the enterprise may correct and resubmit. */
    RETURNED,
    /** 已关闭: filled or withdrawn; no longer in the catalog. */
    CLOSED
}
