package cn.gov.baotou.talent.intake.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.report.control.ForecastLine;
import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.forecast.control.HireCount;
import cn.gov.baotou.talent.intake.forecast.control.SubsidyForecast;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subsidy of counted hires under the version in force (the 2022 one, newest in 2026) and a draft: each finance's
 * share, the district's share when the draft moves the 1:1 split, the fen of an odd amount, and the yearly mean.
 */
class SubsidyForecastTest {

    static final String HEADER = "policy,clause,key,type,value,unit,description,version,validFrom,validTo\n";
    static final String ZONE = "150271";
    static final String KUNDULUN = "150203";
    static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    private final ParameterHistory seed = ParameterHistory.seed();
    private final Parameters inForce = seed.newestOn(DAY);

    @Test
    void aHigherDoctorSubsidyRaisesBothHalvesOfEveryPipelineDoctorAndLeavesMastersAlone() {
        Parameters draft = draft(row("intake.subsidy.doctorYuan", "MONEY", "300000.00"));
        List<ForecastLine> lines = SubsidyForecast.lines(
                List.of(
                        new HireCount(Basis.PIPELINE, Degree.DOCTOR, ZONE, 2),
                        new HireCount(Basis.PIPELINE, Degree.MASTER, ZONE, 3)),
                2,
                inForce,
                draft);
        assertThat(lines).hasSize(4);
        ForecastLine cityDoctors = line(lines, Degree.DOCTOR, ForecastLine.CITY);
        assertThat(cityDoctors.clauseId()).isEqualTo("intake.3.2.1");
        assertThat(cityDoctors.cases()).isEqualTo(2);
        assertThat(cityDoctors.inForceYuan()).isEqualByComparingTo("200000.00");
        assertThat(cityDoctors.draftYuan()).isEqualByComparingTo("300000.00");
        assertThat(cityDoctors.difference()).isEqualByComparingTo("100000.00");
        ForecastLine zoneDoctors = line(lines, Degree.DOCTOR, ZONE);
        assertThat(zoneDoctors.inForceYuan()).isEqualByComparingTo("200000.00");
        assertThat(zoneDoctors.draftYuan()).isEqualByComparingTo("300000.00");
        ForecastLine zoneMasters = line(lines, Degree.MASTER, ZONE);
        assertThat(zoneMasters.inForceYuan()).isEqualByComparingTo("150000.00");
        assertThat(zoneMasters.difference()).isEqualByComparingTo("0");
    }

    @Test
    void aDraftThatMovesTheCitysShareTo60PercentShiftsTheDistrictsShareOfTheSameTotal() {
        Parameters draft = draft(row("intake.subsidy.cityShare", "DECIMAL", "0.6"));
        List<ForecastLine> lines = SubsidyForecast.lines(
                List.of(new HireCount(Basis.PIPELINE, Degree.DOCTOR, KUNDULUN, 1)), 2, inForce, draft);
        assertThat(line(lines, Degree.DOCTOR, ForecastLine.CITY).draftYuan()).isEqualByComparingTo("120000.00");
        ForecastLine district = line(lines, Degree.DOCTOR, KUNDULUN);
        assertThat(district.inForceYuan()).isEqualByComparingTo("100000.00");
        assertThat(district.draftYuan()).isEqualByComparingTo("80000.00");
        assertThat(district.difference()).isEqualByComparingTo("-20000.00");
    }

    @Test
    void anOddAmountGivesTheCityTheHalfFenRoundedUpAndTheDistrictTheRestPerHire() {
        Parameters draft = draft(row("intake.subsidy.masterYuan", "MONEY", "100000.01"));
        List<ForecastLine> lines = SubsidyForecast.lines(
                List.of(new HireCount(Basis.PIPELINE, Degree.MASTER, ZONE, 3)), 1, inForce, draft);
        assertThat(line(lines, Degree.MASTER, ForecastLine.CITY).draftYuan()).isEqualByComparingTo("150000.03");
        assertThat(line(lines, Degree.MASTER, ZONE).draftYuan()).isEqualByComparingTo("150000.00");
    }

    @Test
    void theVolumeIsTheYearlyMeanOfThePastYearsToTheFenWithTheCasesRounded() {
        Parameters draft = draft(row("intake.subsidy.doctorYuan", "MONEY", "300000.00"));
        List<ForecastLine> lines =
                SubsidyForecast.lines(List.of(new HireCount(Basis.VOLUME, Degree.DOCTOR, ZONE, 3)), 2, inForce, draft);
        ForecastLine city = line(lines, Degree.DOCTOR, ForecastLine.CITY);
        assertThat(city.basis()).isEqualTo(Basis.VOLUME);
        assertThat(city.cases()).isEqualTo(2);
        assertThat(city.inForceYuan()).isEqualByComparingTo("150000.00");
        assertThat(city.draftYuan()).isEqualByComparingTo("225000.00");
        List<ForecastLine> thirds =
                SubsidyForecast.lines(List.of(new HireCount(Basis.VOLUME, Degree.MASTER, ZONE, 1)), 3, inForce, draft);
        assertThat(line(thirds, Degree.MASTER, ForecastLine.CITY).inForceYuan()).isEqualTo(new BigDecimal("16666.67"));
        assertThat(line(thirds, Degree.MASTER, ForecastLine.CITY).cases()).isZero();
    }

    @Test
    void noHiresNoLines() {
        assertThat(SubsidyForecast.lines(
                        List.of(new HireCount(Basis.PIPELINE, Degree.DOCTOR, ZONE, 0)), 1, inForce, inForce))
                .isEmpty();
    }

    private Parameters draft(String row) {
        ParameterHistory history = ParameterHistory.read(HEADER + row);
        return seed.withDraft(history.all(), DAY);
    }

    private static String row(String key, String type, String value) {
        return "intake,intake.3.2.1," + key + "," + type + "," + value + ",元,草稿,2026,2026-01-01,2026-12-31\n";
    }

    private static ForecastLine line(List<ForecastLine> lines, Degree degree, String finance) {
        String label = degree == Degree.DOCTOR ? "博士研究生一次性补贴" : "硕士研究生一次性补贴";
        return lines.stream()
                .filter(l -> l.label().equals(label) && l.finance().equals(finance))
                .findFirst()
                .orElseThrow();
    }
}
