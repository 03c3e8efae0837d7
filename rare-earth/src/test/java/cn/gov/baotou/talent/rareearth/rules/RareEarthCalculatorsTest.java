package cn.gov.baotou.talent.rareearth.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.decision.boundary.CheckView;
import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.ParameterNotCovered;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.rareearth.rules.boundary.RareEarthRulesResource;
import cn.gov.baotou.talent.rareearth.rules.boundary.RareEarthStandards;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The public rare-earth calculators answer in clean Chinese and English: every check of every calculator, with a day
 * given and without, reads without an unfilled placeholder and says on which day's version it reckoned; measure 13
 * decides on the first day of the reward year, as its applications do (rare-earth.13).
 */
class RareEarthCalculatorsTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    static final ParameterHistory SEED = ParameterHistory.seed();

    @Test
    void everyAnswerReadsWithoutAPlaceholderAndNamesTheDayOfItsVersion() {
        for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            for (LocalDate today : List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2026, 6, 15))) {
                RareEarthRulesResource r = resource(today, language);
                for (JsonObject day : List.of(
                        Json.createObjectBuilder().build(),
                        Json.createObjectBuilder()
                                .add("assessedOn", "2023-05-04")
                                .build())) {
                    all(r.migrantEngineer(with(day, "lastYearTaxableLabourIncomeYuan", "400000.00"))
                            .checks());
                    all(r.innovationEvent(with(day, "actualSpendingYuan", "300000.00"))
                            .checks());
                    all(r.graduateTraining(Json.createObjectBuilder(day)
                                    .add("graduatesEnrolled", 20)
                                    .add("yuanPerGraduate", "5000.00")
                                    .build())
                            .checks());
                }
                all(r.contributionReward(Json.createObjectBuilder()
                                .add("hiredOn", "2022-07-01")
                                .add("periodStart", "2023-07-01")
                                .add("localContributionYuan", "600000.00")
                                .build())
                        .checks());
            }
        }
    }

    @Test
    void theVersionCheckSaysWhichDayInPlainChinese() {
        RareEarthRulesResource inForce = resource(LocalDate.of(2024, 6, 1), Locale.SIMPLIFIED_CHINESE);
        assertThat(first(inForce.migrantEngineer(
                                with(Json.createObjectBuilder().build(), "lastYearTaxableLabourIncomeYuan", "1.00"))
                        .checks()))
                .isEqualTo("按今天（2024-06-01）有效的 2022 版政策参数计算（该版本有效期 2022-04-05 至 2025-12-31）");
        assertThat(first(inForce.innovationEvent(with(
                                Json.createObjectBuilder()
                                        .add("assessedOn", "2023-05-04")
                                        .build(),
                                "actualSpendingYuan",
                                "1.00"))
                        .checks()))
                .startsWith("按所填测算日期（2023-05-04）有效的 2022 版政策参数计算");
        RareEarthRulesResource ended = resource(LocalDate.of(2026, 6, 15), Locale.SIMPLIFIED_CHINESE);
        assertThat(first(ended.graduateTraining(Json.createObjectBuilder()
                                .add("graduatesEnrolled", 1)
                                .add("yuanPerGraduate", "1.00")
                                .build())
                        .checks()))
                .startsWith("按最新版本的最后一天（2025-12-31）有效的 2022 版政策参数计算");
        RareEarthRulesResource english = resource(LocalDate.of(2026, 6, 15), Locale.ENGLISH);
        assertThat(first(english.graduateTraining(Json.createObjectBuilder()
                                .add("graduatesEnrolled", 1)
                                .add("yuanPerGraduate", "1.00")
                                .build())
                        .checks()))
                .contains("valid on the last day of the newest version (2025-12-31)");
    }

    @Test
    void measure13DecidesOnTheFirstDayOfTheRewardYearAsItsApplicationsDo() {
        RareEarthRulesResource r = resource(LocalDate.of(2026, 6, 15), Locale.SIMPLIFIED_CHINESE);
        RareEarthRulesResource.RewardView last = r.contributionReward(reward("2023-12-31", "2025-12-31"));
        assertThat(last.rewardYuan()).isEqualTo("500000.00");
        assertThat(first(last.checks())).startsWith("按奖励年度起始日（2025-12-31）有效的 2022 版政策参数计算");
        // hired while the 2022 version was in force, but the reward year begins after it ended: refused as an
        // application of that year is, naming periodStart, never reckoned with the hiring day's version
        assertThatThrownBy(() -> r.contributionReward(reward("2024-01-01", "2026-01-01")))
                .isInstanceOfSatisfying(
                        ParameterNotCovered.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("periodStart"));
    }

    /** rare-earth.5 year after year: the optional previouslyGrantedYuan (default 0) leaves what remains of the 10 万. */
    @Test
    void theMigrantEngineerCalculatorPaysWhatRemainsOfThePersonsTenWan() {
        RareEarthRulesResource r = resource(LocalDate.of(2024, 6, 1), Locale.SIMPLIFIED_CHINESE);
        JsonObject income = with(Json.createObjectBuilder().build(), "lastYearTaxableLabourIncomeYuan", "333333.33");
        assertThat(r.migrantEngineer(income).subsidyYuan()).isEqualTo("100000.00");
        assertThat(r.migrantEngineer(with(income, "previouslyGrantedYuan", "0.00"))
                        .subsidyYuan())
                .isEqualTo("100000.00");
        assertThat(r.migrantEngineer(with(income, "previouslyGrantedYuan", "60000.00"))
                        .subsidyYuan())
                .isEqualTo("40000.00");
        RareEarthRulesResource.SubsidyView none = r.migrantEngineer(with(income, "previouslyGrantedYuan", "100000.00"));
        assertThat(none.subsidyYuan()).isEqualTo("0.00");
        assertThat(none.checks()).anySatisfy(c -> {
            assertThat(c.passed()).isFalse();
            assertThat(c.clauseId()).isEqualTo("rare-earth.5");
        });
        assertThatThrownBy(() -> r.migrantEngineer(with(income, "previouslyGrantedYuan", "-1")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field())
                        .containsExactly("previouslyGrantedYuan"));
    }

    private static JsonObject reward(String hiredOn, String periodStart) {
        return Json.createObjectBuilder()
                .add("hiredOn", hiredOn)
                .add("periodStart", periodStart)
                .add("localContributionYuan", "600000.00")
                .build();
    }

    private static String first(List<CheckView> checks) {
        return checks.get(0).message();
    }

    private static void all(List<CheckView> checks) {
        assertThat(checks)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.message()).as(c.rule()).doesNotContainPattern(PLACEHOLDER));
        assertThat(checks.get(0).rule()).isEqualTo("policyVersion");
    }

    private static JsonObject with(JsonObject day, String field, String yuan) {
        return Json.createObjectBuilder(day).add(field, yuan).build();
    }

    static RareEarthRulesResource resource(LocalDate today, Locale language) {
        return new RareEarthRulesResource(new SeededStandards(today), headers(language));
    }

    /** Accept-Language as a browser sends it. */
    static HttpHeaders headers(Locale language) {
        return (HttpHeaders) Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> method.getName().equals("getAcceptableLanguages") ? List.of(language) : null);
    }

    /** The seeded 2022 version on a fixed day. */
    static final class SeededStandards extends RareEarthStandards {

        private final LocalDate today;

        SeededStandards(LocalDate today) {
            this.today = today;
        }

        @Override
        public Parameters on(LocalDate date, String field) {
            return SEED.at(date, field);
        }

        @Override
        public LocalDate today() {
            return today;
        }

        @Override
        public LocalDate newestDay(String key) {
            Function<LocalDate, LocalDate> newest = d -> SEED.versions(key).stream()
                    .filter(v -> !v.validFrom().isAfter(d))
                    .map(v -> v.validTo() != null && v.validTo().isBefore(d) ? v.validTo() : d)
                    .reduce((a, b) -> b)
                    .orElse(d);
            return newest.apply(today);
        }
    }
}
