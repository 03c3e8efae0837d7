package cn.gov.baotou.talent.core.parameter.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a new version copied from the newest one begins by default: the day after the newest version ended when it has
 * (2026-01-01 after the 2022 version), else tomorrow — a version that takes over from one still in force must begin
 * after today ({@link VersionPlan}).
 */
public final class DraftStart {

    private DraftStart() {}

    /** The year of {@code start}, or the year and b, c, … when {@code taken} holds it ({@code 2026b}). */
    public static String label(LocalDate start, Set<String> taken) {
        String year = String.valueOf(start.getYear());
        if (!taken.contains(year)) {
            return year;
        }
        for (char c = 'b'; c <= 'z'; c++) {
            if (!taken.contains(year + c)) {
                return year + c;
            }
        }
        return year + "-" + start.getMonthValue() + "-" + start.getDayOfMonth();
    }

    public static LocalDate after(List<ParameterValue> newest, LocalDate today) {
        boolean inForce = newest.stream().anyMatch(v -> v.covers(today));
        if (inForce || newest.isEmpty()) {
            return today.plusDays(1);
        }
        return newest.stream()
                .map(ParameterValue::validTo)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .map(end -> end.plusDays(1))
                .orElse(today.plusDays(1));
    }
}
