/**
 * Service requests (服务需求, services-plan.6.2): raised by enterprises, routed by the city office to a department or a district's task force with a deadline in working days, worked by the commissioner, rated by the enterprise; overdue ones flagged.
 */
package cn.gov.baotou.talent.servicesplan.request;
