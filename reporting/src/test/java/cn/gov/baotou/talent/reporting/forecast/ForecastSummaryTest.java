package cn.gov.baotou.talent.reporting.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ForecastLine;
import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.reporting.forecast.control.FinanceForecast;
import cn.gov.baotou.talent.reporting.forecast.control.Forecast;
import cn.gov.baotou.talent.reporting.forecast.control.ForecastSummary;
import cn.gov.baotou.talent.reporting.forecast.control.ForecastTables;
import cn.gov.baotou.talent.reporting.forecast.control.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of several modules gathered per finance, summed per measure, ordered, totalled, and made into tables. */
class ForecastSummaryTest {

    static final String ZONE = "150271";
    static final String KUNDULUN = "150203";
    static final List<Named> FINANCES = List.of(
            new Named("CITY", "市财政", "City finance"),
            new Named(KUNDULUN, "昆都仑区财政", "Kundulun District finance"),
            new Named("150204", "青山区财政", "Qingshan District finance"),
            new Named(ZONE, "包头稀土高新技术产业开发区财政", "Rare Earth Zone finance"));
    static final List<Named> POLICIES = List.of(
            new Named("intake", "博士硕士引进", "PhD and master intake"),
            new Named("rare-earth", "稀土人才措施", "Rare-earth measures"));

    private final List<ForecastLine> lines = List.of(
            line("rare-earth", "rare-earth.12", "十二、创新创业活动支持", Basis.PIPELINE, "CITY", 1, "500000", "500000"),
            line("rare-earth", "rare-earth.5", "五、“候鸟式”工程师补助", Basis.PIPELINE, "CITY", 2, "160000", "180000"),
            line("intake", "intake.3.2.1", "博士研究生一次性补贴", Basis.VOLUME, "CITY", 1, "50000", "75000"),
            line("intake", "intake.3.2.1", "博士研究生一次性补贴", Basis.PIPELINE, "CITY", 2, "200000", "300000"),
            line("intake", "intake.3.2.1", "博士研究生一次性补贴", Basis.PIPELINE, "CITY", 1, "100000", "150000"),
            line("intake", "intake.3.2.1", "博士研究生一次性补贴", Basis.PIPELINE, ZONE, 2, "200000", "300000"),
            line("intake", "intake.3.2.1", "博士研究生一次性补贴", Basis.PIPELINE, KUNDULUN, 1, "100000", "150000"));

    @Test
    void eachFinanceGetsItsLinesSummedPerMeasureInPolicyClauseAndBasisOrderAndEmptyOnesStay() {
        List<FinanceForecast> finances = ForecastSummary.of(lines, FINANCES, POLICIES);
        assertThat(finances).extracting(f -> f.finance().code()).containsExactly("CITY", KUNDULUN, "150204", ZONE);
        FinanceForecast city = finances.get(0);
        assertThat(city.rows())
                .extracting(r -> r.clauseId() + " " + r.basis() + " " + r.cases())
                .containsExactly(
                        "intake.3.2.1 PIPELINE 3",
                        "intake.3.2.1 VOLUME 1",
                        "rare-earth.5 PIPELINE 2",
                        "rare-earth.12 PIPELINE 1");
        assertThat(city.rows().get(0).inForceYuan()).isEqualByComparingTo("300000");
        assertThat(city.rows().get(0).draftYuan()).isEqualByComparingTo("450000");
        assertThat(city.rows().get(0).policy().name()).isEqualTo("博士硕士引进");
        assertThat(city.inForceYuan()).isEqualByComparingTo("1010000");
        assertThat(city.draftYuan()).isEqualByComparingTo("1205000");
        assertThat(city.differenceYuan()).isEqualByComparingTo("195000");
        assertThat(finances.get(2).rows()).isEmpty();
        assertThat(finances.get(2).inForceYuan()).isEqualByComparingTo("0");
        assertThat(finances.get(3).differenceYuan()).isEqualByComparingTo("100000");
    }

    @Test
    void aLineForAFinanceTheRegistryDoesNotKnowIsAMistakeNotAMissingRow() {
        assertThatThrownBy(() -> ForecastSummary.of(
                        List.of(line("intake", "intake.3.2.1", "x", Basis.PIPELINE, "999999", 1, "1", "2")),
                        FINANCES,
                        POLICIES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTablesGiveEveryFinancesTotalsThenTheFinancesWithRowsEachWithItsTotal() {
        Forecast f = new Forecast(
                7,
                "2026 年提高博士补贴",
                2026,
                LocalDate.of(2026, 1, 1),
                2,
                2024,
                2025,
                LocalDate.of(2026, 12, 6),
                Instant.parse("2026-12-06T02:00:00Z"),
                "2022",
                "2026",
                ForecastSummary.of(lines, FINANCES, POLICIES));
        assertThat(f.differenceYuan()).isEqualByComparingTo("345000");
        List<ReportTable> tables = ForecastTables.of(f, "zh");
        assertThat(tables)
                .extracting(ReportTable::key)
                .containsExactly("forecast-finances", "forecast-CITY", "forecast-" + KUNDULUN, "forecast-" + ZONE);
        ReportTable summary = tables.get(0);
        assertThat(summary.rows()).hasSize(FINANCES.size() + 1);
        assertThat(summary.rows().get(0))
                .containsExactly(
                        "市财政",
                        new BigDecimal("1010000.00"),
                        new BigDecimal("1205000.00"),
                        new BigDecimal("195000.00"),
                        new BigDecimal("0.1931"));
        assertThat(summary.rows().get(2).get(4))
                .as("nothing in force: no change to show")
                .isNull();
        assertThat(summary.rows().get(4).get(0)).isEqualTo("合计");
        assertThat(summary.columns())
                .extracting(ReportTable.Column::kind)
                .containsExactly(CellKind.TEXT, CellKind.MONEY, CellKind.MONEY, CellKind.MONEY, CellKind.PERCENT);
        ReportTable city = tables.get(1);
        assertThat(city.title()).isEqualTo("市财政：按政策和措施");
        assertThat(city.rows().get(0)).startsWith("博士硕士引进", "intake.3.2.1", "博士研究生一次性补贴", "在途案件", 3L);
        assertThat(city.rows().get(1).get(3)).isEqualTo("往年年均");
        assertThat(city.rows().get(city.rows().size() - 1)).startsWith("合计", null, null, null, null);
        assertThat(ForecastTables.of(f, "en").get(1).rows().get(0))
                .startsWith("PhD and master intake", "intake.3.2.1", "博士研究生一次性补贴", "Pipeline");
    }

    private static ForecastLine line(
            String policy,
            String clause,
            String label,
            Basis basis,
            String finance,
            long cases,
            String now,
            String then) {
        return new ForecastLine(
                policy, clause, label, label, basis, finance, cases, new BigDecimal(now), new BigDecimal(then));
    }
}
