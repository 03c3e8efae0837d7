package cn.gov.baotou.talent.reporting.forecast.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A budget forecast as shown and printed: which draft, for which year and on which day of it the two versions were
 * read, the past years averaged, the versions compared, and every finance's part with its totals.
 *
 * @param day the first day of the year the draft holds, on which both versions are read
 * @param inForceVersions the versions the values in force come from ({@code 2022})
 * @param draftVersions the versions the values with the draft come from ({@code 2026}, or {@code 2022、2026} when
 *     the draft changes only some)
 */
public record Forecast(
        long draftId,
        String draftName,
        int year,
        LocalDate day,
        int pastYears,
        int firstPastYear,
        int lastPastYear,
        LocalDate today,
        Instant generatedAt,
        String inForceVersions,
        String draftVersions,
        List<FinanceForecast> finances) {

    public Forecast {
        finances = List.copyOf(finances);
    }

    public BigDecimal inForceYuan() {
        return sum(FinanceForecast::inForceYuan);
    }

    public BigDecimal draftYuan() {
        return sum(FinanceForecast::draftYuan);
    }

    public BigDecimal differenceYuan() {
        return draftYuan().subtract(inForceYuan());
    }

    /** The finances that something falls to, for the detail tables. */
    public List<FinanceForecast> financesWithRows() {
        return finances.stream().filter(f -> !f.rows().isEmpty()).toList();
    }

    private BigDecimal sum(Function<FinanceForecast, BigDecimal> amount) {
        return finances.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
