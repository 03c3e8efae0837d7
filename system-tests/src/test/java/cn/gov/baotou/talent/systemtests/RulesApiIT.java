package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The public rules API of the three policies, over HTTP, without signing in: the fixed contracts of the issues. */
class RulesApiIT {

    private final Api anyone = Api.anonymous(RunningPlatform.shared());

    @ParameterizedTest(name = "a PhD born 1983-06-15 assessed on {0}: eligible {1}, exception {2}")
    @CsvSource({"2024-06-14, true, false", "2024-06-15, false, true"})
    void aPhdTheDayBeforeAndOnHis41stBirthday(String assessedOn, boolean eligible, boolean exception) {
        HttpResponse<String> r = anyone.post(
                "/api/v1/rules/intake/eligibility",
                "{\"degree\":\"DOCTOR\","
                        + "\"birthDate\":\"1983-06-15\",\"assessedOn\":\"" + assessedOn
                        + "\",\"degreeRecognised\":true,"
                        + "\"fromOutsideCity\":true,\"workType\":\"RESEARCH_DEVELOPMENT\",\"enterprise\":{\"industry\":"
                        + "\"NEW_MATERIALS\",\"aboveDesignatedSize\":true,\"highTech\":false,\"keyProjectInvestmentYuan\":\"0\"}}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains(
                        "\"eligible\":" + eligible,
                        "\"exceptionRequired\":" + exception,
                        "\"totalYuan\":\"200000.00\"",
                        "\"cityYuan\":\"100000.00\"",
                        "\"districtYuan\":\"100000.00\"",
                        "\"clauseId\":\"intake.3.1\"");
    }

    @ParameterizedTest(name = "a key project of {0} yuan: eligible {1}")
    @CsvSource({"1000000000.00, true", "999000000.00, false"})
    void aKeyProjectOfExactly10YiAnd999Wan(String investment, boolean eligible) {
        HttpResponse<String> r = anyone.post(
                "/api/v1/rules/intake/eligibility",
                "{\"degree\":\"MASTER\","
                        + "\"birthDate\":\"1995-01-01\",\"assessedOn\":\"2024-05-01\",\"degreeRecognised\":true,"
                        + "\"fromOutsideCity\":true,\"workType\":\"INSPECTION_TESTING\",\"enterprise\":{\"industry\":"
                        + "\"MODERN_ENERGY\",\"aboveDesignatedSize\":false,\"highTech\":false,\"keyProjectInvestmentYuan\":\""
                        + investment + "\"}}");
        assertThat(r.body())
                .contains(
                        "\"eligible\":" + eligible,
                        eligible ? "\"totalYuan\":\"100000.00\"" : "\"totalYuan\":\"0.00\"");
    }

    @Test
    void badInputNamesEveryFieldAndADateNoVersionCoversIsRefused() {
        HttpResponse<String> bad = anyone.post(
                "/api/v1/rules/intake/eligibility",
                "{\"degree\":\"PHD\",\"birthDate\":\"1983-02-30\",\"workType\":\"RESEARCH_DEVELOPMENT\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body())
                .contains(
                        "\"field\":\"degree\"",
                        "\"field\":\"birthDate\"",
                        "\"field\":\"assessedOn\"",
                        "\"field\":\"enterprise\"");
        HttpResponse<String> uncovered = anyone.post(
                "/api/v1/rules/intake/recovery",
                "{\"degree\":\"DOCTOR\","
                        + "\"agreementSignedOn\":\"2021-12-01\",\"departedOn\":\"2022-12-01\",\"cityPaidYuan\":\"100000.00\","
                        + "\"districtPaidYuan\":\"100000.00\"}");
        assertThat(uncovered.statusCode()).isEqualTo(400);
        assertThat(uncovered.body()).contains("\"field\":\"agreementSignedOn\"", "parameter.notCovered");
        assertThat(anyone.post("/api/v1/rules/intake/eligibility", "{\"degree\": ")
                        .statusCode())
                .isEqualTo(400);
    }

    @ParameterizedTest(name = "departure on {0}: {1} months served, {2} yuan recovered")
    @CsvSource({"2027-06-15, 59, 3333.33", "2027-07-15, 60, 0.00"})
    void aDepartureAfter59And60FullMonths(String departedOn, int served, String recovery) {
        HttpResponse<String> r = anyone.post(
                "/api/v1/rules/intake/recovery",
                "{\"degree\":\"DOCTOR\","
                        + "\"agreementSignedOn\":\"2022-07-15\",\"departedOn\":\"" + departedOn + "\","
                        + "\"cityPaidYuan\":\"100000.00\",\"districtPaidYuan\":\"100000.00\"}");
        assertThat(r.body()).contains("\"servedMonths\":" + served, "\"recoveryYuan\":\"" + recovery + "\"");
    }

    @ParameterizedTest(name = "revenue {0} yuan in 2023 gives {1}")
    @CsvSource({"10000000000.00, 2", "9999999999.99, 1", "5000000000.00, 1", "4999999999.99, 0"})
    void revenueAt100YiAnd50Yi(String revenue, int quota) {
        HttpResponse<String> r = anyone.post(
                "/api/v1/rules/services-plan/quota", "{\"year\":2024,\"revenueYuan\":{\"2023\":\"" + revenue + "\"}}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"quota\":" + quota);
    }

    /** services-plan.3 with the optional enterprise: revenue counts only for 规上工业企业 or 高企; out of scope is 0. */
    @ParameterizedTest(name = "规上 {0}, industrial {1}, 高企 {2}: quota {3}")
    @CsvSource({"true, true, false, 2", "false, false, true, 2", "true, false, false, 0"})
    void revenueOf100YiCountsOnlyInTheServicesPlansScope(
            boolean aboveSize, boolean industrial, boolean highTech, int quota) {
        HttpResponse<String> r = anyone.post(
                "/api/v1/rules/services-plan/quota",
                "{\"year\":2024,\"revenueYuan\":{\"2023\":\"10000000000.00\"},\"enterprise\":{\"industry\":"
                        + "\"NEW_MATERIALS\",\"aboveDesignatedSize\":" + aboveSize + ",\"industrial\":" + industrial
                        + ",\"highTech\":" + highTech + ",\"keyProjectInvestmentYuan\":\"0\"}}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"quota\":" + quota, "\"clauseId\":\"services-plan.3\"");
        if (quota == 0) {
            assertThat(r.body()).contains("\"passed\":false", "规模以上企业但不是工业企业");
        }
    }

    /** The readings issue 14 ships are shown with their clauses, dated and awaiting the city office. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "services-plan.3, 规模以上工业企业",
        "rare-earth.5, PERSON_TOTAL",
        "rare-earth.6, 市教育局在审核时核定",
        "intake.6.2, 签约周年日"
    })
    void theClauseShowsThePlatformsReading(String clause, String words) {
        HttpResponse<String> r = anyone.get("/api/v1/clauses/" + clause);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("2026-12-08", "平台默认口径，待市委人才办确认", words);
    }

    /** rare-earth.5 year after year: the optional previouslyGrantedYuan leaves what remains of the person's 10 万. */
    @ParameterizedTest(name = "{0} granted before: {1}")
    @CsvSource({"60000.00, 40000.00", "100000.00, 0.00"})
    void aMigrantEngineersSecondYear(String before, String subsidy) {
        HttpResponse<String> r = anyone.post(
                "/api/v1/rules/rare-earth/migrant-engineer",
                "{\"lastYearTaxableLabourIncomeYuan\":\"333333.33\",\"previouslyGrantedYuan\":\"" + before + "\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"subsidyYuan\":\"" + subsidy + "\"");
    }

    @ParameterizedTest(name = "{0}: open {1}, window {2}")
    @CsvSource({
        "2024-02-28, false, 2024-03-01",
        "2024-03-01, true, 2024-03-01",
        "2024-03-10, true, 2024-03-01",
        "2024-03-11, false, 2024-09-01"
    })
    void theMarchWindow(String date, boolean open, String start) {
        assertThat(anyone.get("/api/v1/rules/services-plan/window?date=" + date).body())
                .contains("\"open\":" + open, "\"windowStart\":\"" + start + "\"");
    }

    /** services-plan.7: after the service period's last window, nothing is open and nothing is to come (not a 400). */
    @ParameterizedTest(name = "{0}: no window left")
    @ValueSource(strings = {"2025-09-11", "2025-12-31", "2026-06-15"})
    void afterTheLastWindowOfTheServicePeriod(String date) {
        HttpResponse<String> r = anyone.get("/api/v1/rules/services-plan/window?date=" + date);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("\"open\":false", "\"windowStart\":null", "\"windowEnd\":null", "服务期限至 2025-12-31");
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "migrant-engineer|{\"lastYearTaxableLabourIncomeYuan\":\"333333.33\"}|\"subsidyYuan\":\"100000.00\"",
                "migrant-engineer|{\"lastYearTaxableLabourIncomeYuan\":\"333333.30\"}|\"subsidyYuan\":\"99999.99\"",
                "innovation-event|{\"actualSpendingYuan\":\"1000000.00\"}|\"supportYuan\":\"500000.00\"",
                "innovation-event|{\"actualSpendingYuan\":\"999999.98\"}|\"supportYuan\":\"499999.99\"",
                "graduate-training|{\"graduatesEnrolled\":100,\"yuanPerGraduate\":\"5000.00\"}|\"supportYuan\":\"500000.00\"",
                "contribution-reward|{\"hiredOn\":\"2022-07-01\",\"periodStart\":\"2022-07-01\",\"localContributionYuan\":"
                        + "\"500000.00\"}|\"rewardYuan\":\"500000.00\"",
                "contribution-reward|{\"hiredOn\":\"2022-07-01\",\"periodStart\":\"2025-07-01\",\"localContributionYuan\":"
                        + "\"500000.00\"}|\"yearOfReward\":0"
            })
    void theRareEarthCaps(String rule, String body, String expected) {
        HttpResponse<String> r = anyone.post("/api/v1/rules/rare-earth/" + rule, body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(expected);
    }

    @Test
    void aNegativeAmountIsRefusedNamingTheField() {
        HttpResponse<String> r =
                anyone.post("/api/v1/rules/rare-earth/innovation-event", "{\"actualSpendingYuan\":\"-1\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"actualSpendingYuan\"", "money.negative");
    }
}
