package cn.gov.baotou.talent.rareearth.problem.entity;

/** Where a key problem stands in 揭榜挂帅. */
public enum KeyProblemStatus {
    /** 张榜: published, open for bids. */
    PUBLISHED,
    /** 挂帅: a lead appointed. */
    APPOINTED,
    /** 攻关中: milestones reported. */
    IN_PROGRESS,
    /** 验收通过. */
    ACCEPTED,
    /** 验收未通过. */
    FAILED,
    /** 撤榜. */
    WITHDRAWN
}
