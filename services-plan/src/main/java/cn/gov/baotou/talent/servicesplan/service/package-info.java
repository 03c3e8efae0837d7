/**
 * The 16 service items of 《包头市服务高层次人才若干措施》 (services-plan.6.1): the reference list from the seeds, and each approved nominee's items tracked by the department responsible.
 */
package cn.gov.baotou.talent.servicesplan.service;
