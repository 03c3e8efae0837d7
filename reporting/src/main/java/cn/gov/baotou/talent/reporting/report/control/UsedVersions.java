package cn.gov.baotou.talent.reporting.report.control;

import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which policy versions' parameters a report read, printed on its cover: every version valid on some day of the
 * period; for a period no version covers (after the last one ended), the newest that had begun by then, as the
 * targets of such a period are read from it (时间从新); "-" before the first version.
 */
public final class UsedVersions {

    public static final String NONE = "-";

    private UsedVersions() {}

    public static String of(Collection<ParameterValue> all, ReportPeriod period) {
        String overlapping = all.stream()
                .filter(v -> !v.validFrom().isAfter(period.to())
                        && (v.validTo() == null || !v.validTo().isBefore(period.from())))
                .sorted(Comparator.comparing(ParameterValue::validFrom))
                .map(ParameterValue::version)
                .distinct()
                .collect(Collectors.joining(", "));
        if (!overlapping.isEmpty()) {
            return overlapping;
        }
        return all.stream()
                .filter(v -> !v.validFrom().isAfter(period.to()))
                .max(Comparator.comparing(ParameterValue::validFrom))
                .map(ParameterValue::version)
                .filter(Objects::nonNull)
                .orElse(NONE);
    }
}
