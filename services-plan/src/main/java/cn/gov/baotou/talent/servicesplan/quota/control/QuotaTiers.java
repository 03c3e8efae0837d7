package cn.gov.baotou.talent.servicesplan.quota.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;

/**
 * The three tiers of one basis as a policy version sets them (services-plan.4.1 / 4.2): the previous year at or above
 * {@code topMin} gives {@code topQuota}; at or above {@code middleMin} gives {@code middleQuota}; two consecutive years
 * adding up to {@code twoYearMin} give {@code twoYearQuota} in the third year.
 */
public record QuotaTiers(
        Yuan topMin, int topQuota, Yuan middleMin, int middleQuota, Yuan twoYearMin, int twoYearQuota) {}
