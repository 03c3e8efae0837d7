package cn.gov.baotou.talent.core.parameter.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A draft set beside the stored versions for one year, as the budget forecast reads them: the day of the year the
 * draft begins to hold (its first day in the year), the values that would apply that day without the draft, and those
 * that would apply if the draft were a version. Built for the forecast only; no decision reads a draft.
 */
public record DraftComparison(LocalDate day, Parameters inForce, Parameters draft) {

    /**
     * The comparison for {@code year}, or empty when no value of the draft holds on any day of that year (a draft for
     * 2027 says nothing about 2026).
     */
    public static Optional<DraftComparison> of(ParameterHistory stored, List<ParameterValue> draft, int year) {
        return firstDayIn(draft, year)
                .map(day -> new DraftComparison(day, stored.newestOn(day), stored.withDraft(draft, day)));
    }

    /** The first day of {@code year} on which a value of the draft holds. */
    static Optional<LocalDate> firstDayIn(List<ParameterValue> draft, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return draft.stream()
                .filter(v -> !v.validFrom().isAfter(last)
                        && (v.validTo() == null || !v.validTo().isBefore(first)))
                .map(v -> v.validFrom().isBefore(first) ? first : v.validFrom())
                .min(Comparator.naturalOrder());
    }
}
