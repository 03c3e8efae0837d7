package cn.gov.baotou.talent.intake.hire;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.control.BroughtInProgress;
import cn.gov.baotou.talent.intake.hire.entity.HiresBroughtIn.Row;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two targets of intake.1 from the counted rows: achieved per degree, with shares keyed by code and month. */
class BroughtInProgressTest {

    static final List<Row> ROWS = List.of(
            new Row(2022, 11, Degree.MASTER, "150203", "NEW_MATERIALS", 2, 0),
            new Row(2023, 1, Degree.MASTER, "150271", "NEW_MATERIALS", 1, 1),
            new Row(2023, 1, Degree.MASTER, "150203", "MODERN_ENERGY", 3, 0),
            new Row(2023, 2, Degree.DOCTOR, "150271", "NEW_MATERIALS", 1, 0));

    static final Optional<BroughtInProgress.Plan> PLAN = Optional.of(new BroughtInProgress.Plan(2022, 30, 100));

    @Test
    void eachDegreeCountsItsOwnRowsAgainstItsPlanCitingTheTargetClause() {
        List<TargetProgress> t = BroughtInProgress.of(PLAN, ROWS);
        assertThat(t).extracting(TargetProgress::key).containsExactly("intake.target.doctors", "intake.target.masters");
        assertThat(t).extracting(x -> x.achieved().intValue()).containsExactly(1, 6);
        assertThat(t).extracting(x -> x.plannedMin().intValue()).containsExactly(30, 100);
        assertThat(t).extracting(TargetProgress::clauseId).containsOnly("intake.1");
        assertThat(t).extracting(TargetProgress::planYear).containsOnly(2022);
        assertThat(t).extracting(TargetProgress::cadence).containsOnly(TargetProgress.Cadence.ONE_YEAR);
    }

    @Test
    void withoutAPlanWhatWasBroughtInIsShownAsATargetOfNoPlan() {
        List<TargetProgress> t = BroughtInProgress.of(Optional.empty(), ROWS);
        assertThat(t).extracting(x -> x.achieved().intValue()).containsExactly(1, 6);
        assertThat(t).allSatisfy(x -> {
            assertThat(x.plannedMin()).isNull();
            assertThat(x.planYear()).isNull();
            assertThat(x.isTarget()).isTrue();
            assertThat(x.planned()).isFalse();
        });
    }

    @Test
    void theSharesAreByDistrictIndustryAndMonthAcrossTheYearsOfThePeriod() {
        TargetProgress masters = BroughtInProgress.of(PLAN, ROWS).get(1);
        assertThat(masters.breakdowns())
                .filteredOn(b -> b.dimension() == Dimension.DISTRICT)
                .extracting(b -> b.key() + "=" + b.achieved())
                .containsExactly("150203=5", "150271=1");
        assertThat(masters.breakdowns())
                .filteredOn(b -> b.dimension() == Dimension.INDUSTRY)
                .extracting(b -> b.key() + "=" + b.achieved())
                .containsExactly("MODERN_ENERGY=3", "NEW_MATERIALS=3");
        assertThat(masters.breakdowns())
                .filteredOn(b -> b.dimension() == Dimension.MONTH)
                .extracting(b -> b.key() + "=" + b.achieved())
                .containsExactly("2022-11=2", "2023-01=4");
    }

    @Test
    void nothingBroughtInIsZeroWithoutShares() {
        assertThat(BroughtInProgress.of(PLAN, List.of())).allSatisfy(t -> {
            assertThat(t.achieved().intValue()).isZero();
            assertThat(t.breakdowns()).isEmpty();
        });
    }
}
