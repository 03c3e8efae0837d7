package cn.gov.baotou.talent.servicesplan.service.entity;

/** Where one service item of a nominee stands: requested, in progress, done, or not needed by the nominee. */
public enum ServiceStatus {
    REQUESTED,
    IN_PROGRESS,
    DONE,
    NOT_NEEDED
}
