/**
 * Nominations (推荐申请) through the review chain of services-plan.5: filed inside a window and within the quota, first review by the district office, review and summary by the city office, the decision of its meeting and the feedback that starts the nominees' services.
 */
package cn.gov.baotou.talent.servicesplan.nomination;
