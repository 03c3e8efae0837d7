/**
 * 拟录用人员 (intake.5.3 to intake.6.3): one person an enterprise intends to hire, from submission through the city
 * office's verification, the three-party agreement that books the subsidy in the core ledger, payment, the service
 * period with its services and annual evaluations, to completion or departure and recovery. {@code control} holds the
 * state machine's table; {@code boundary} the one transactional façade, the REST API and the pages.
 */
package cn.gov.baotou.talent.intake.hire;
