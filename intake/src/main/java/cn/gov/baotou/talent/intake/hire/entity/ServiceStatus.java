package cn.gov.baotou.talent.intake.hire.entity;

/** How far a service task has come. */
public enum ServiceStatus {
    /** 待办理. */
    OPEN,
    /** 办理中. */
    IN_PROGRESS,
    /** 已解决. */
    DONE,
    /** 无需办理 (the talent needs none). */
    NOT_NEEDED
}
