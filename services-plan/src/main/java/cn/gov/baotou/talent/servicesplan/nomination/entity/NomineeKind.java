package cn.gov.baotou.talent.servicesplan.nomination.entity;

/** Who an enterprise may nominate (services-plan.4): its 高管 or a talent who made an outstanding contribution. */
public enum NomineeKind {
    EXECUTIVE,
    CONTRIBUTOR
}
