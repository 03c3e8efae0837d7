/**
 * The nomination quota (推荐名额): the three tiers of revenue and of investment and the higher of the two (services-plan.4), as a rule and as an enterprise's standing from its confirmed figures.
 */
package cn.gov.baotou.talent.servicesplan.quota;
