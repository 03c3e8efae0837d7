package cn.gov.baotou.talent.core.parameter.control;

import static cn.gov.baotou.talent.core.parameter.control.ParametersTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A new version is checked whole against the stored ones; 时间从新 closes an old value only where nothing is lost. */
class VersionPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final Map<String, String> CLAUSES =
            Map.of("intake.3.2.1", "intake", "intake.3.1", "intake", "services-plan.5.1", "services-plan");

    private final List<ParameterValue> stored = ParameterHistory.seed().all();

    @Test
    void aVersionThatBeginsAfterTheOldEndedClosesNothing() {
        VersionPlan plan = plan(row("intake.subsidy.doctorYuan", "MONEY", "300000", "2026-01-01", "2026-12-31"));
        assertThat(plan.closings()).isEmpty();
        assertThat(plan.added()).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualTo("300000.00");
            assertThat(v.version()).isEqualTo("2026");
        });
    }

    @Test
    void aVersionBeginningAfterTodayTakesOverAndTheOldEndsTheDayBefore() {
        VersionPlan plan = plan(row("intake.age.doctorMax", "INTEGER", "45", "2025-07-01", "2025-12-31"));
        assertThat(plan.closings()).singleElement().satisfies(c -> {
            assertThat(c.stored().key()).isEqualTo("intake.age.doctorMax");
            assertThat(c.lastDay()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
        ParameterHistory h = ParameterHistory.seed()
                .imported(file(row("intake.age.doctorMax", "INTEGER", "45", "2025-07-01", "")), TODAY);
        assertThat(h.at(LocalDate.of(2025, 6, 30)).integer("intake.age.doctorMax"))
                .isEqualTo(40);
        assertThat(h.at(LocalDate.of(2025, 7, 1)).integer("intake.age.doctorMax"))
                .isEqualTo(45);
        assertThat(h.at(LocalDate.of(2031, 1, 1)).integer("intake.age.doctorMax"))
                .isEqualTo(45);
    }

    @Test
    void anOverlapThatWouldChangeDaysAlreadyInForceOrLeaveAGapIsRefused() {
        assertThat(refusals(row("intake.age.doctorMax", "INTEGER", "45", "2025-06-15", "")))
                .containsExactly("row 2: intake.age.doctorMax.validFrom parameter.overlap.started");
        assertThat(refusals(row("intake.age.doctorMax", "INTEGER", "45", "2025-07-01", "2025-09-30")))
                .containsExactly("row 2: intake.age.doctorMax.validFrom parameter.overlap.gap");
        assertThat(refusals(row("intake.age.doctorMax", "INTEGER", "45", "2022-04-05", "2025-12-31")))
                .containsExactly("row 2: intake.age.doctorMax.validFrom parameter.overlap");
        InvalidInput refused = catchThrowableOfType(
                () -> plan(row("intake.age.doctorMax", "INTEGER", "45", "2020-01-01", "2022-04-05")),
                InvalidInput.class);
        assertThat(refused.errors().get(0).arguments())
                .containsExactly("2022", "2022-04-05…2025-12-31", "2020-01-01…2022-04-05", "2025-06-15");
    }

    @Test
    void rowsOfOneKeyInOneFileMustNotOverlapEachOther() {
        assertThat(refusals(
                        row("intake.subsidy.doctorYuan", "MONEY", "300000", "2026-01-01", "2026-12-31"),
                        row("intake.subsidy.doctorYuan", "MONEY", "310000", "2026-12-31", "")))
                .containsExactly("row 3: intake.subsidy.doctorYuan.validFrom parameter.overlap.inFile");
    }

    @Test
    void oneBadRowAmongGoodOnesRefusesTheFileNamingEveryRowAndField() {
        assertThat(refusals(
                        row("intake.subsidy.doctorYuan", "MONEY", "300000.00", "2026-01-01", "2026-12-31"),
                        row("intake.subsidy.masterYuan", "MONEY", "15万", "2026-01-01", "2026-12-31"),
                        row("intake.age.doctorMax", "INTEGER", "45", "2026-01-01", "2026-12-31"),
                        "intake,intake.9.9,intake.subsidy.bonusYuan,MONEY,1.005,元,说明,2026,2026-13-01,",
                        "services-plan,intake.3.1,servicesPlan.application.firstWindowStart,DATE,03-01,月-日,说明,2026,"
                                + "2026-01-01,2025-01-01",
                        "intake,intake.3.1,intake.age.masterMax,INTEGER,35,周岁,说明,2026,2026-01-01"))
                .containsExactly(
                        "row 3: intake.subsidy.masterYuan.value parameter.value.MONEY",
                        "row 5: intake.subsidy.bonusYuan.value parameter.value.MONEY",
                        "row 5: intake.subsidy.bonusYuan.validFrom parameter.date.malformed",
                        "row 6: servicesPlan.application.firstWindowStart.value parameter.value.DATE",
                        "row 6: servicesPlan.application.firstWindowStart.validTo parameter.validTo.beforeFrom",
                        "row 7 parameter.row.cells");
        // once the rows are well formed, the references are checked too
        assertThat(refusals(
                        "intake,intake.9.9,intake.subsidy.bonusYuan,MONEY,1.00,元,说明,2026,2026-01-01,",
                        "services-plan,intake.3.1,servicesPlan.application.firstWindowStart,DATE,2026-03-01,月-日,说明,"
                                + "2026,2026-01-01,",
                        "rare-earth,rare-earth.5,rareEarth.migrantEngineer.ratio,DECIMAL,0.4,比例,说明,2026,2026-01-01,"))
                .containsExactly(
                        "row 2: intake.subsidy.bonusYuan.clause parameter.clause.unknown",
                        "row 2: intake.subsidy.bonusYuan.key parameter.key.unknown",
                        "row 3: servicesPlan.application.firstWindowStart.clause parameter.clause.otherPolicy",
                        "row 3: servicesPlan.application.firstWindowStart.type parameter.type.mismatch",
                        "row 4: rareEarth.migrantEngineer.ratio.policy parameter.policy.unknown",
                        "row 4: rareEarth.migrantEngineer.ratio.clause parameter.clause.unknown");
    }

    @Test
    void malformedKeysTypesAndTextsAreNamedByColumn() {
        assertThat(refusals(
                        "intake,intake.3.1,Intake Age,INTEGER,40,周岁,说明,2026,2026-01-01,",
                        "intake,intake.3.1,intake.age.doctorMax,NUMBER,40,,说明,20 26,2026-01-01,"))
                .containsExactly(
                        "row 2: key parameter.key.malformed",
                        "row 3: intake.age.doctorMax.type parameter.type.unknown",
                        "row 3: intake.age.doctorMax.unit parameter.unit.invalid",
                        "row 3: intake.age.doctorMax.version parameter.version.malformed");
    }

    @Test
    void quotedFieldsByteOrderMarkAndWindowsLineEndingsAreRead() {
        String text = "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "intake,intake.3.2.1,intake.subsidy.doctorYuan,MONEY,\"300000.00\",元,\"补贴, 含 \"\"一次性\"\"\","
                + "2026,2026-01-01,\r\n";
        VersionPlan plan = VersionPlan.of(ParameterFile.read(text), CLAUSES, stored, TODAY);
        assertThat(plan.added()).singleElement().satisfies(v -> {
            assertThat(v.description()).isEqualTo("补贴, 含 \"一次性\"");
            assertThat(v.validTo()).isNull();
        });
    }

    @Test
    void aFileWithoutRowsOrWithAnotherHeaderIsRefusedAtOnce() {
        for (String text : new String[] {"", HEADER, "key,value\nintake.age.doctorMax,40\n"}) {
            InvalidInput refused = catchThrowableOfType(() -> ParameterFile.read(text), InvalidInput.class);
            assertThat(refused.errors()).singleElement().satisfies(e -> assertThat(e.field())
                    .isEqualTo("file"));
        }
    }

    static String row(String key, String type, String value, String from, String to) {
        String clause = key.startsWith("intake.age") ? "intake.3.1" : "intake.3.2.1";
        return String.join(",", "intake", clause, key, type, value, "元", "说明", "2026", from, to);
    }

    private static String file(String... rows) {
        return HEADER + String.join("\n", rows) + "\n";
    }

    private VersionPlan plan(String... rows) {
        return VersionPlan.of(ParameterFile.read(file(rows)), CLAUSES, stored, TODAY);
    }

    private List<String> refusals(String... rows) {
        InvalidInput refused = catchThrowableOfType(() -> plan(rows), InvalidInput.class);
        assertThat(refused).as("refused").isNotNull();
        return refused.errors().stream()
                .map(e -> e.field() + " " + e.messageKey())
                .toList();
    }
}
