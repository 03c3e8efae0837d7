package cn.gov.baotou.talent.servicesplan.nomination.entity;

/** What the city office's meeting decided for one nominee; pending until then. */
public enum NomineeOutcome {
    PENDING,
    APPROVED,
    NOT_APPROVED
}
