package cn.gov.baotou.talent.servicesplan.figures.entity;

/** Where an entered figure stands: waiting for its district office, confirmed (it counts), or returned with a reason. */
public enum FigureStatus {
    PENDING,
    CONFIRMED,
    RETURNED
}
