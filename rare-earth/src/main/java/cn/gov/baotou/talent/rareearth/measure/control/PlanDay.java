package cn.gov.baotou.talent.rareearth.measure.control;

import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The day whose parameters plan a period's targets: the period's last day when a version covers it; else the last
 * covered day of the newest version that covers part of the period (a year in which the policy ended); none when no
 * version covers any day of it — before the first version, or after the last one ended (the policy was in force until
 * 2025-12-31, so 2026 has no targets until a new version is entered).
 */
public final class PlanDay {

    private PlanDay() {}

    public static Optional<LocalDate> of(List<ParameterValue> versions, ReportPeriod p) {
        return versions.stream()
                .filter(v -> !v.validFrom().isAfter(p.to()))
                .filter(v -> v.validTo() == null || !v.validTo().isBefore(p.from()))
                .max(Comparator.comparing(ParameterValue::validFrom))
                .map(v -> v.covers(p.to()) ? p.to() : v.validTo());
    }
}
