package cn.gov.baotou.talent.servicesplan.nomination.entity;

/**
 * Where a nomination stands on its way through services-plan.5: first review by the district office, returned to the
 * enterprise, review and summary by the city office, on the list for the city office's meeting, decided there, and
 * the decision sent back (反馈) to the enterprise, its district office and the departments.
 */
public enum NominationStatus {
    DISTRICT_REVIEW,
    RETURNED,
    CITY_REVIEW,
    MEETING,
    DECIDED,
    NOTIFIED
}
