package cn.gov.baotou.talent.intake.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.entity.DepartureKind;
import cn.gov.baotou.talent.intake.hire.entity.Grade;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import cn.gov.baotou.talent.intake.report.control.ExceptionTable;
import cn.gov.baotou.talent.intake.report.control.RetentionTables;
import cn.gov.baotou.talent.intake.report.entity.GrantedExceptions.Granted;
import cn.gov.baotou.talent.intake.report.entity.RetentionFigures.Departures;
import cn.gov.baotou.talent.intake.report.entity.RetentionFigures.Grades;
import cn.gov.baotou.talent.intake.report.entity.RetentionFigures.InService;
import cn.gov.baotou.talent.intake.report.entity.RetentionFigures.Recoveries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report tables laid out from counted rows: order, totals, fixed rows, rounding, and both languages' headers. */
class RetentionTablesTest {

    static final Map<String, String> DISTRICTS = Map.of("150203", "昆都仑区", "150271", "包头稀土高新技术产业开发区");

    @Test
    void hiresInServiceAreOrderedByDegreeThenDistrictAndTotalledWithBothFinancesPayments() {
        ReportTable t = RetentionTables.inService(
                List.of(
                        new InService(Degree.MASTER, "150203", 3, 2, yuan("100000.00"), yuan("50000.00")),
                        new InService(Degree.DOCTOR, "150271", 2, 2, yuan("200000.00"), yuan("200000.00")),
                        new InService(Degree.DOCTOR, "150203", 1, 0, yuan("100000.00"), yuan("100000.00"))),
                DISTRICTS);
        assertThat(t.rows())
                .extracting(r -> r.get(0) + "/" + r.get(1))
                .containsExactly("博士研究生/昆都仑区", "博士研究生/包头稀土高新技术产业开发区", "硕士研究生/昆都仑区", "合计/");
        assertThat(t.rows().get(3))
                .containsExactly("合计", "", 6L, 4L, yuan("400000.00"), yuan("350000.00"), yuan("750000.00"));
        assertThat(t.columns())
                .extracting(ReportTable.Column::kind)
                .containsExactly(
                        CellKind.TEXT,
                        CellKind.TEXT,
                        CellKind.COUNT,
                        CellKind.COUNT,
                        CellKind.MONEY,
                        CellKind.MONEY,
                        CellKind.MONEY);
        assertThat(t.title("en")).isEqualTo("PhDs and masters in their service period (by degree and district)");
        assertThat(t.columns().get(4).header("zh")).isEqualTo("市级财政已拨付（元）");
        assertThat(t.clauseId()).isEqualTo("intake.6.1");
    }

    @Test
    void anEmptyPeriodStillShowsItsTotalsAtTheScaleOfMoney() {
        assertThat(RetentionTables.inService(List.of(), DISTRICTS).rows())
                .singleElement()
                .satisfies(r -> assertThat(r.get(4).toString()).isEqualTo("0.00"));
        assertThat(RetentionTables.recoveries(List.of(), DISTRICTS).rows())
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsExactly("合计", 0L, yuan("0.00"), yuan("0.00"), yuan("0.00"), yuan("0.00"), 0L));
    }

    @Test
    void everyKindOfDepartureHasARowAndTheMeanOfMonthsServedIsRoundedHalfUp() {
        ReportTable t = RetentionTables.departures(List.of(
                new Departures(DepartureKind.RESIGNED, Degree.DOCTOR, 1, 20, 20, 20),
                new Departures(DepartureKind.RESIGNED, Degree.MASTER, 3, 55, 10, 30),
                new Departures(DepartureKind.OTHER, Degree.MASTER, 2, 49, 24, 25)));
        assertThat(t.rows()).extracting(r -> r.get(0)).containsExactly("辞职", "辞退", "其他", "合计");
        // 75 months over 4 departures is 18.75, rounded to 19
        assertThat(t.rows().get(0)).containsExactly("辞职", 1L, 3L, 4L, 19L, 10L, 30L);
        assertThat(t.rows().get(1)).containsExactly("辞退", 0L, 0L, 0L, null, null, null);
        // 49 / 2 = 24.5 rounds up to 25
        assertThat(t.rows().get(2)).containsExactly("其他", 0L, 2L, 2L, 25L, 24L, 25L);
        assertThat(t.rows().get(3)).containsExactly("合计", 1L, 5L, 6L, 21L, 10L, 30L);
    }

    @Test
    void recoveriesNameTheDistrictAndAddTheTwoFinancesBookings() {
        ReportTable t = RetentionTables.recoveries(
                List.of(new Recoveries("150271", 1, yuan("133333.33"), yuan("66666.67"), yuan("66666.66"), 2)),
                DISTRICTS);
        assertThat(t.rows().get(0))
                .containsExactly(
                        "包头稀土高新技术产业开发区",
                        1L,
                        yuan("133333.33"),
                        yuan("66666.67"),
                        yuan("66666.66"),
                        yuan("133333.33"),
                        2L);
        assertThat(t.clauseId()).isEqualTo("intake.6.3");
    }

    @Test
    void evaluationsAreCountedPerGradeForTheEnterpriseAndForTheTalentThenTheOverdueOnes() {
        ReportTable t = RetentionTables.evaluations(
                List.of(
                        new Grades(Grade.EXCELLENT, Grade.QUALIFIED, 2),
                        new Grades(Grade.QUALIFIED, Grade.QUALIFIED, 5),
                        new Grades(Grade.QUALIFIED, Grade.UNQUALIFIED, 1)),
                3);
        assertThat(t.rows())
                .containsExactly(
                        List.of("优秀", 2L, 0L),
                        List.of("合格", 6L, 7L),
                        List.of("基本合格", 0L, 0L),
                        List.of("不合格", 0L, 1L),
                        List.of("已评估合计", 8L, 8L),
                        List.of("期内到期未评估", 3L, 3L));
    }

    @Test
    void anExceptionIsOneRowWithThePersonMaskedItsReasonAndWhoApprovedItWhen() {
        ReportTable t = ExceptionTable.of(
                List.of(new Granted(
                        "吴静",
                        "340104********9205",
                        Degree.DOCTOR,
                        LocalDate.of(2022, 5, 16),
                        41,
                        "内蒙古示范稀土功能材料研究院有限公司",
                        "150271",
                        "急需",
                        "市委人才办 张主任",
                        LocalDate.of(2022, 5, 25),
                        HireStatus.SERVING)),
                DISTRICTS);
        assertThat(t.clauseId()).isEqualTo("intake.3.1");
        assertThat(t.rows().get(0))
                .isEqualTo(Arrays.asList(
                        "吴静",
                        "340104********9205",
                        "博士研究生",
                        LocalDate.of(2022, 5, 16),
                        41L,
                        "内蒙古示范稀土功能材料研究院有限公司",
                        "包头稀土高新技术产业开发区",
                        "急需",
                        "市委人才办 张主任",
                        LocalDate.of(2022, 5, 25),
                        "服务期内"));
        assertThat(t.columns())
                .extracting(c -> c.header("en"))
                .contains("ID number", "Approved by", "Age at submission");
    }

    private static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }
}
