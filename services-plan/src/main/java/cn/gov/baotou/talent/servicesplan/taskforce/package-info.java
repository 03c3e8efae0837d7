/**
 * The districts' talent service task forces (人才服务工作专班, services-plan.6.1): the commissioner accounts of the six departments, read from the accounts themselves.
 */
package cn.gov.baotou.talent.servicesplan.taskforce;
