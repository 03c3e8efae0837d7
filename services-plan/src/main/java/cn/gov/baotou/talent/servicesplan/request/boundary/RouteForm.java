package cn.gov.baotou.talent.servicesplan.request.boundary;

/**
 * The city office's routing: the department, whether to the district's task force ("true") or the city department,
 * the working days allowed (the deadline counts them from today), and an opinion.
 */
public record RouteForm(String departmentCode, String taskForce, String workingDays, String opinion) {}
