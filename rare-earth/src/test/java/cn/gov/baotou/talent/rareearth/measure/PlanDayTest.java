package cn.gov.baotou.talent.rareearth.measure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.rareearth.measure.control.PlanDay;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day whose version plans a period's targets, at the ends of the 2022 version and with a version after it. */
class PlanDayTest {

    static final List<ParameterValue> SEED = ParameterHistory.seed().versions("rareEarth.teams.target");

    @Test
    void aPeriodInsideTheVersionIsPlannedOnItsLastDay() {
        assertThat(PlanDay.of(SEED, ReportPeriod.year(2024))).contains(LocalDate.of(2024, 12, 31));
    }

    @Test
    void theYearThePolicyEndedIsPlannedByItsLastDayAndTheYearsOutsideItAreNot() {
        assertThat(PlanDay.of(SEED, ReportPeriod.months(YearMonth.of(2025, 7), YearMonth.of(2026, 6))))
                .contains(LocalDate.of(2025, 12, 31));
        assertThat(PlanDay.of(SEED, ReportPeriod.year(2026))).isEmpty();
        assertThat(PlanDay.of(SEED, ReportPeriod.year(2021))).isEmpty();
        assertThat(PlanDay.of(SEED, ReportPeriod.year(2022))).contains(LocalDate.of(2022, 12, 31));
    }

    @Test
    void aNewerVersionPlansTheDaysItCovers() {
        ParameterHistory later = ParameterHistory.seed()
                .imported(
                        "policy,clause,key,type,value,unit,description,version,validFrom,validTo\n"
                                + "rare-earth,rare-earth.1,rareEarth.teams.target,INTEGER,6,个,团队目标,2026,2026-03-01,\n",
                        LocalDate.of(2026, 2, 1));
        List<ParameterValue> versions = later.versions("rareEarth.teams.target");
        assertThat(PlanDay.of(versions, ReportPeriod.year(2026))).contains(LocalDate.of(2026, 12, 31));
        assertThat(PlanDay.of(versions, ReportPeriod.months(YearMonth.of(2026, 1), YearMonth.of(2026, 2))))
                .isEmpty();
    }
}
