package cn.gov.baotou.talent.core.parameter.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft beside the stored versions for a year: what holds without it, what would hold with it, and on which day. */
class DraftComparisonTest {

    static final String DOCTOR = "intake.subsidy.doctorYuan";
    static final String MASTER = "intake.subsidy.masterYuan";

    private final ParameterHistory seed = ParameterHistory.seed();

    @Test
    void in2026NothingIsInForceSoTheNewestVersionIsThe2022OneAndTheDraftReplacesOnlyWhatItHolds() {
        List<ParameterValue> draft = List.of(doctor("300000.00", "2026-01-01", "2026-12-31"));
        DraftComparison c = DraftComparison.of(seed, draft, 2026).orElseThrow();
        assertThat(c.day()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(c.inForce().money(DOCTOR)).isEqualTo(Yuan.wan(20));
        assertThat(c.inForce().value(DOCTOR).version()).isEqualTo("2022");
        assertThat(c.draft().money(DOCTOR)).isEqualTo(Yuan.wan(30));
        assertThat(c.draft().value(DOCTOR).version()).isEqualTo("2026d");
        // a key the draft does not list keeps the newest version's value
        assertThat(c.draft().money(MASTER)).isEqualTo(Yuan.wan(10));
        assertThat(c.draft().all()).hasSize(seed.keys().size());
        // what a rule reads on that day is untouched: no version covers 2026
        assertThatThrownBy(() -> seed.at(c.day()).money(DOCTOR)).isInstanceOf(ParameterNotCovered.class);
    }

    @Test
    void theDayIsTheDraftsFirstDayInTheYearAndADraftOfAnotherYearSaysNothing() {
        List<ParameterValue> fromJuly = List.of(doctor("300000.00", "2026-07-01", null));
        assertThat(DraftComparison.of(seed, fromJuly, 2026).orElseThrow().day()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(DraftComparison.of(seed, fromJuly, 2027).orElseThrow().day()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(DraftComparison.of(seed, fromJuly, 2025)).isEmpty();
        List<ParameterValue> only2026 = List.of(doctor("300000.00", "2026-01-01", "2026-12-31"));
        assertThat(DraftComparison.of(seed, only2026, 2027)).isEmpty();
    }

    @Test
    void aStoredValueInForceOnTheDayWinsOverADraftValueThatHasEnded() {
        ParameterHistory with2027 = seed.imported(
                ParametersTest.HEADER + "intake,intake.3.2.1," + DOCTOR + ",MONEY,250000.00,元,博士补贴,2027,2027-01-01,\n",
                LocalDate.of(2026, 12, 6));
        List<ParameterValue> draft = List.of(
                doctor("300000.00", "2026-01-01", "2026-12-31"), master("150000.00", "2026-06-01", "2027-12-31"));
        Parameters in2027 = with2027.withDraft(draft, LocalDate.of(2027, 3, 1));
        assertThat(in2027.money(DOCTOR)).isEqualTo(Yuan.wan(25));
        assertThat(in2027.money(MASTER)).isEqualTo(Yuan.wan(15));
        assertThat(with2027.newestOn(LocalDate.of(2027, 3, 1)).money(DOCTOR)).isEqualTo(Yuan.wan(25));
        assertThat(with2027.newestOn(LocalDate.of(2026, 3, 1)).money(DOCTOR)).isEqualTo(Yuan.wan(20));
    }

    @Test
    void theNewestOnADayBeforeAnyVersionHasNothing() {
        Parameters before = seed.newestOn(LocalDate.of(2022, 1, 1));
        assertThat(before.all()).isEmpty();
        assertThatThrownBy(() -> before.money(DOCTOR)).isInstanceOf(ParameterNotCovered.class);
    }

    static ParameterValue doctor(String yuan, String from, String to) {
        return value(DOCTOR, yuan, from, to);
    }

    static ParameterValue master(String yuan, String from, String to) {
        return value(MASTER, yuan, from, to);
    }

    private static ParameterValue value(String key, String yuan, String from, String to) {
        return new ParameterValue(
                key,
                "intake",
                "intake.3.2.1",
                cn.gov.baotou.talent.core.parameter.entity.ParameterType.MONEY,
                yuan,
                "元",
                "补贴",
                "2026d",
                LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }
}
