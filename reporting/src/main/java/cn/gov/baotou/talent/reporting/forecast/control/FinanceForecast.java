package cn.gov.baotou.talent.reporting.forecast.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** One finance's part of the forecast (市财政 or a district's): its rows and their totals. */
public record FinanceForecast(Named finance, List<ForecastRow> rows) {

    public FinanceForecast {
        rows = List.copyOf(rows);
    }

    public BigDecimal inForceYuan() {
        return sum(ForecastRow::inForceYuan);
    }

    public BigDecimal draftYuan() {
        return sum(ForecastRow::draftYuan);
    }

    public BigDecimal differenceYuan() {
        return draftYuan().subtract(inForceYuan());
    }

    private BigDecimal sum(Function<ForecastRow, BigDecimal> amount) {
        return rows.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
