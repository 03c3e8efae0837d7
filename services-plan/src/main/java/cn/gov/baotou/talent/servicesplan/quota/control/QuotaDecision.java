package cn.gov.baotou.talent.servicesplan.quota.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import java.util.List;

/** The nomination quota for a year, what it rests on (null when none), and every check made. */
public record QuotaDecision(int year, int quota, Basis basis, List<Check> checks) {}
