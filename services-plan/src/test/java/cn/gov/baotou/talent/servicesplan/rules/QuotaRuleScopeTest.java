package cn.gov.baotou.talent.servicesplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.decision.boundary.CheckView;
import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanRulesResource;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanRulesResource.QuotaView;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanStandards;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public quota rule with the optional {@code enterprise} (services-plan.3): revenue counts for a key-industry
 * enterprise that is 规上 and industrial, or 高企; investment for a key project of 10 亿 or more; out of scope is a quota
 * of 0 with a failed check citing services-plan.3. Without it the answer is as before, with a check saying so.
 */
class QuotaRuleScopeTest {

    static final ParameterHistory SEED = ParameterHistory.seed();
    final ServicesPlanRulesResource rules =
            new ServicesPlanRulesResource(new ServicesPlanStandards(new PolicyParameters() {
                @Override
                public ParameterHistory history() {
                    return SEED;
                }
            }));

    @ParameterizedTest(name = "{0}: quota {1}")
    @CsvSource({
        "NEW_MATERIALS, true, true, false, 0, 2",
        "NEW_MATERIALS, false, false, true, 0, 2",
        "NEW_MATERIALS, true, false, false, 0, 0",
        "NEW_MATERIALS, false, true, false, 0, 0",
        "OTHER, true, true, true, 0, 0"
    })
    void revenueOf100YiCountsOnlyInScope(
            String industry, boolean aboveSize, boolean industrial, boolean highTech, String project, int quota) {
        QuotaView v = rules.quota(body("revenueYuan", enterprise(industry, aboveSize, industrial, highTech, project)));
        assertThat(v.quota()).isEqualTo(quota);
        if (quota == 0) {
            assertThat(v.checks())
                    .filteredOn(c -> !c.passed())
                    .extracting(CheckView::clauseId)
                    .contains("services-plan.3");
        }
    }

    @ParameterizedTest(name = "a key project of {0} yuan: quota {1}")
    @CsvSource({"1000000000.00, 2", "999999999.99, 0"})
    void investmentCountsForAKeyProjectOf10YiInclusive(String project, int quota) {
        QuotaView v = rules.quota(body("investmentYuan", enterprise("MODERN_ENERGY", false, false, false, project)));
        assertThat(v.quota()).isEqualTo(quota);
        assertThat(v.basis()).isEqualTo(quota == 0 ? null : "INVESTMENT");
        CheckView scope = v.checks().stream()
                .filter(c -> c.rule().equals("scope.investment"))
                .findFirst()
                .orElseThrow();
        assertThat(scope.clauseId()).isEqualTo("services-plan.3");
        assertThat(scope.passed()).isEqualTo(quota > 0);
    }

    @Test
    void withoutTheEnterpriseTheQuotaIsAsBeforeAndACheckSaysTheScopeWasNotChecked() {
        QuotaView v = rules.quota(body("revenueYuan", null));
        assertThat(v.quota()).isEqualTo(2);
        assertThat(v.basis()).isEqualTo("REVENUE");
        assertThat(v.checks().get(0).rule()).isEqualTo("scope.notChecked");
        assertThat(v.checks().get(0).message()).startsWith("未提供企业情况，未核对服务范围");
        assertThat(rules.quota(Json.createObjectBuilder(body("revenueYuan", null))
                                .addNull("enterprise")
                                .build())
                        .quota())
                .isEqualTo(2);
    }

    @Test
    void aGivenEnterpriseNamesEachBadOrMissingField() {
        JsonObject bad = Json.createObjectBuilder()
                .add("industry", "STEEL")
                .add("aboveDesignatedSize", true)
                .add("highTech", "yes")
                .add("keyProjectInvestmentYuan", "-1")
                .build();
        assertThatThrownBy(() -> rules.quota(body("revenueYuan", bad)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field())
                        .as(e.errors().toString())
                        .containsExactlyInAnyOrder(
                                "enterprise.industry",
                                "enterprise.industrial",
                                "enterprise.highTech",
                                "enterprise.keyProjectInvestmentYuan"));
        assertThatThrownBy(() -> rules.quota(Json.createObjectBuilder(body("revenueYuan", null))
                        .add("enterprise", "规上")
                        .build()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("enterprise"));
    }

    private static JsonObject enterprise(
            String industry, boolean aboveSize, boolean industrial, boolean highTech, String project) {
        return Json.createObjectBuilder()
                .add("industry", industry)
                .add("aboveDesignatedSize", aboveSize)
                .add("industrial", industrial)
                .add("highTech", highTech)
                .add("keyProjectInvestmentYuan", project)
                .build();
    }

    /** 2024's quota from 100 亿 of revenue or investment in 2023. */
    private static JsonObject body(String figures, JsonObject enterprise) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("year", 2024)
                .add(figures, Json.createObjectBuilder().add("2023", "10000000000.00"));
        if (enterprise != null) {
            b.add("enterprise", enterprise);
        }
        return b.build();
    }
}
