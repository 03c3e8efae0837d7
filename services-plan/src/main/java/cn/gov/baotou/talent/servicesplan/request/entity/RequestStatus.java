package cn.gov.baotou.talent.servicesplan.request.entity;

/**
 * Where a service request stands: raised and waiting for the city office to route it, routed to a department (or a
 * district's task force), being worked, resolved, and rated by the enterprise.
 */
public enum RequestStatus {
    SUBMITTED,
    ROUTED,
    IN_PROGRESS,
    RESOLVED,
    RATED
}
