package cn.gov.baotou.talent.servicesplan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import cn.gov.baotou.talent.servicesplan.quota.control.EnterpriseScope;
import cn.gov.baotou.talent.servicesplan.quota.control.NominationQuota;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaTiers;
import cn.gov.baotou.talent.servicesplan.quota.control.ScopeDecision;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * services-plan.4 at its boundaries: 100 亿（含）, 50 亿（含）, two years adding up to 50 亿（含）, and both standards;
 * services-plan.3 at its: which standard counts for whom, and the key project of exactly 10 亿.
 */
class NominationQuotaTest {

    static final Yuan YI = Yuan.of("100000000.00");
    static final QuotaTiers TIERS = new QuotaTiers(times(100), 2, times(50), 1, times(50), 1);
    static final Yuan FEN = Yuan.of("0.01");
    static final Yuan TEN_YI = times(10);

    @Test
    void exactly100YiGivesTwoAndJustUnderGivesOne() {
        assertThat(byRevenue(Map.of(2023, times(100))).quota()).isEqualTo(2);
        QuotaDecision under = byRevenue(Map.of(2023, times(100).minus(FEN)));
        assertThat(under.quota()).isEqualTo(1);
        assertThat(tierCheck(under).clauseId()).isEqualTo("services-plan.4.1.2");
    }

    @Test
    void exactly50YiGivesOneAndJustUnderGivesNone() {
        QuotaDecision fifty = byRevenue(Map.of(2023, times(50)));
        assertThat(fifty.quota()).isEqualTo(1);
        assertThat(fifty.basis()).isEqualTo(Basis.REVENUE);
        QuotaDecision under = byRevenue(Map.of(2023, times(50).minus(FEN)));
        assertThat(under.quota()).isZero();
        assertThat(under.basis()).isNull();
        assertThat(under.outOfScope()).isFalse();
    }

    @Test
    void twoYearsAddingUpToExactly50YiGiveOneInTheThirdYear() {
        QuotaDecision d = byRevenue(Map.of(2022, times(20), 2023, times(30)));
        assertThat(d.quota()).isEqualTo(1);
        assertThat(tierCheck(d).clauseId()).isEqualTo("services-plan.4.1.3");
        assertThat(byRevenue(Map.of(2022, times(20), 2023, times(30).minus(FEN)))
                        .quota())
                .isZero();
        // a single year is not two consecutive years
        assertThat(byRevenue(Map.of(2023, times(30))).quota()).isZero();
        // the two years must be the two before the application year
        assertThat(byRevenue(Map.of(2021, times(30), 2022, times(30))).quota()).isZero();
    }

    @Test
    void bothStandardsAtDifferentTiersGiveTheHigherNeverTheSum() {
        QuotaDecision d = NominationQuota.decide(
                2024, ScopeDecision.notChecked(), Map.of(2023, times(60)), TIERS, Map.of(2023, times(120)), TIERS);
        assertThat(d.quota()).isEqualTo(2);
        assertThat(d.basis()).isEqualTo(Basis.INVESTMENT);
        Check last = d.checks().get(d.checks().size() - 1);
        assertThat(last.clauseId()).isEqualTo("services-plan.4.3");
        assertThat(zh(last)).isEqualTo("同时符合两项标准（营业收入 1 名、项目投资额 2 名），两项标准不同时享受，按最高推荐名额 2 名");
    }

    @Test
    void theTierMessageNamesTheYearAndTheAmounts() {
        assertThat(zh(tierCheck(byRevenue(Map.of(2023, times(100))))))
                .isEqualTo("2023 年度营业收入 10000000000.00 元，达到 10000000000.00 元（含）以上，可推荐 2 名");
    }

    @Test
    void withoutTheEnterpriseTheFirstCheckSaysTheScopeWasNotChecked() {
        Check first = byRevenue(Map.of(2023, times(100))).checks().get(0);
        assertThat(first.rule()).isEqualTo("scope.notChecked");
        assertThat(first.clauseId()).isEqualTo("services-plan.3");
        assertThat(first.passed()).isTrue();
        assertThat(zh(first)).startsWith("未提供企业情况，未核对服务范围");
    }

    @Test
    void revenueCountsForAnIndustrialEnterpriseAboveDesignatedSizeOrAHighTechOneOnly() {
        Map<Integer, Yuan> revenue = Map.of(2023, times(100));
        assertThat(withScope(scope(true, true, false, Yuan.ZERO), revenue, Map.of())
                        .quota())
                .isEqualTo(2);
        assertThat(withScope(scope(false, false, true, Yuan.ZERO), revenue, Map.of())
                        .quota())
                .isEqualTo(2);
        // 规上 but not industrial (a trading company), and no 高企: its revenue counts for nothing
        QuotaDecision trading = withScope(scope(true, false, false, Yuan.ZERO), revenue, Map.of());
        assertThat(trading.quota()).isZero();
        assertThat(trading.outOfScope()).isTrue();
        Check failed = trading.checks().get(0);
        assertThat(failed.passed()).isFalse();
        assertThat(failed.clauseId()).isEqualTo("services-plan.3");
        assertThat(zh(failed)).startsWith("规模以上企业但不是工业企业");
        // industrial but under the designated size
        assertThat(withScope(scope(false, true, false, Yuan.ZERO), revenue, Map.of())
                        .quota())
                .isZero();
    }

    @Test
    void investmentCountsOnlyForAKeyProjectOfExactly10YiOrMore() {
        Map<Integer, Yuan> investment = Map.of(2023, times(100));
        QuotaDecision exactly = withScope(scope(false, false, false, TEN_YI), Map.of(), investment);
        assertThat(exactly.quota()).isEqualTo(2);
        assertThat(exactly.basis()).isEqualTo(Basis.INVESTMENT);
        QuotaDecision under = withScope(scope(false, false, false, TEN_YI.minus(FEN)), Map.of(), investment);
        assertThat(under.quota()).isZero();
        assertThat(under.checks())
                .filteredOn(c -> !c.passed() && c.clauseId().equals("services-plan.3"))
                .extracting(Check::rule)
                .containsExactly("scope.revenue", "scope.investment");
        // an enterprise in scope by revenue only: its investment figures are not weighed, however high
        QuotaDecision industrial = withScope(scope(true, true, false, Yuan.ZERO), Map.of(2023, times(60)), investment);
        assertThat(industrial.quota()).isEqualTo(1);
        assertThat(industrial.basis()).isEqualTo(Basis.REVENUE);
        assertThat(industrial.outOfScope()).isFalse();
    }

    @Test
    void anEnterpriseOutsideTheKeyIndustriesHasNoQuota() {
        EnterpriseScope media = new EnterpriseScope("OTHER", false, true, true, true, TEN_YI);
        QuotaDecision d = NominationQuota.decide(
                2024, media.decide(TEN_YI), Map.of(2023, times(100)), TIERS, Map.of(2023, times(100)), TIERS);
        assertThat(d.quota()).isZero();
        assertThat(d.outOfScope()).isTrue();
        assertThat(d.checks().get(0).clauseId()).isEqualTo("services-plan.3");
        assertThat(zh(d.checks().get(0))).isEqualTo("企业所属产业（其他产业）不属于新型材料、现代能源、现代装备制造、农畜产品加工等重点产业领域，不在服务范围内");
        assertThat(zh(d.checks().get(d.checks().size() - 1))).isEqualTo("不在服务范围内（services-plan.3），本年度无推荐名额");
        Check en = d.checks().get(0);
        assertThat(Messages.in(Locale.ENGLISH)
                        .get(en.bundle(), en.messageKey(), en.arguments().toArray()))
                .contains("(other industry)");
    }

    private static EnterpriseScope scope(boolean aboveSize, boolean industrial, boolean highTech, Yuan project) {
        return new EnterpriseScope("NEW_MATERIALS", true, aboveSize, industrial, highTech, project);
    }

    private static QuotaDecision withScope(
            EnterpriseScope scope, Map<Integer, Yuan> revenue, Map<Integer, Yuan> investment) {
        return NominationQuota.decide(2024, scope.decide(TEN_YI), revenue, TIERS, investment, TIERS);
    }

    private static QuotaDecision byRevenue(Map<Integer, Yuan> revenue) {
        return NominationQuota.decide(2024, ScopeDecision.notChecked(), revenue, TIERS, Map.of(), TIERS);
    }

    /** The first check of a tier (services-plan.4.x.y). */
    private static Check tierCheck(QuotaDecision d) {
        return d.checks().stream()
                .filter(c -> c.clauseId().startsWith("services-plan.4."))
                .findFirst()
                .orElseThrow();
    }

    private static String zh(Check c) {
        return Messages.in(Locale.CHINA)
                .get(c.bundle(), c.messageKey(), c.arguments().toArray());
    }

    private static Yuan times(long yi) {
        return new Yuan(YI.amount().multiply(BigDecimal.valueOf(yi)));
    }
}
