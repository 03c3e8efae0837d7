package cn.gov.baotou.talent.servicesplan.nomination.entity;

import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import java.time.LocalDate;

/**
 * When and under what a nomination was filed: the day, the window it fell in (services-plan.5.1), and the year's quota
 * with its basis and tier clause (services-plan.4) as decided that day.
 */
public record Filing(
        LocalDate appliedOn,
        LocalDate windowStart,
        LocalDate windowEnd,
        int quotaYear,
        int quota,
        Basis basis,
        String tierClauseId) {}
