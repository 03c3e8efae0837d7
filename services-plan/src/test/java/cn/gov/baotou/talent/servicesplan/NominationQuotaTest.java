package cn.gov.baotou.talent.servicesplan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import cn.gov.baotou.talent.servicesplan.quota.control.NominationQuota;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaTiers;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** services-plan.4 at its boundaries: 100 亿（含）, 50 亿（含）, two years adding up to 50 亿（含）, and both standards. */
class NominationQuotaTest {

    static final Yuan YI = Yuan.of("100000000.00");
    static final QuotaTiers TIERS = new QuotaTiers(times(100), 2, times(50), 1, times(50), 1);
    static final Yuan FEN = Yuan.of("0.01");

    @Test
    void exactly100YiGivesTwoAndJustUnderGivesOne() {
        assertThat(byRevenue(Map.of(2023, times(100))).quota()).isEqualTo(2);
        QuotaDecision under = byRevenue(Map.of(2023, times(100).minus(FEN)));
        assertThat(under.quota()).isEqualTo(1);
        assertThat(under.checks().get(0).clauseId()).isEqualTo("services-plan.4.1.2");
    }

    @Test
    void exactly50YiGivesOneAndJustUnderGivesNone() {
        QuotaDecision fifty = byRevenue(Map.of(2023, times(50)));
        assertThat(fifty.quota()).isEqualTo(1);
        assertThat(fifty.basis()).isEqualTo(Basis.REVENUE);
        QuotaDecision under = byRevenue(Map.of(2023, times(50).minus(FEN)));
        assertThat(under.quota()).isZero();
        assertThat(under.basis()).isNull();
    }

    @Test
    void twoYearsAddingUpToExactly50YiGiveOneInTheThirdYear() {
        QuotaDecision d = byRevenue(Map.of(2022, times(20), 2023, times(30)));
        assertThat(d.quota()).isEqualTo(1);
        assertThat(d.checks().get(0).clauseId()).isEqualTo("services-plan.4.1.3");
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
        QuotaDecision d = NominationQuota.decide(2024, Map.of(2023, times(60)), TIERS, Map.of(2023, times(120)), TIERS);
        assertThat(d.quota()).isEqualTo(2);
        assertThat(d.basis()).isEqualTo(Basis.INVESTMENT);
        Check last = d.checks().get(d.checks().size() - 1);
        assertThat(last.clauseId()).isEqualTo("services-plan.4.3");
        assertThat(Messages.in(Locale.CHINA)
                        .get(last.bundle(), last.messageKey(), last.arguments().toArray()))
                .isEqualTo("同时符合两项标准（营业收入 1 名、项目投资额 2 名），两项标准不同时享受，按最高推荐名额 2 名");
    }

    @Test
    void theTierMessageNamesTheYearAndTheAmounts() {
        Check c = byRevenue(Map.of(2023, times(100))).checks().get(0);
        assertThat(Messages.in(Locale.CHINA)
                        .get(c.bundle(), c.messageKey(), c.arguments().toArray()))
                .isEqualTo("2023 年度营业收入 10000000000.00 元，达到 10000000000.00 元（含）以上，可推荐 2 名");
    }

    private static QuotaDecision byRevenue(Map<Integer, Yuan> revenue) {
        return NominationQuota.decide(2024, revenue, TIERS, Map.of(), TIERS);
    }

    private static Yuan times(long yi) {
        return new Yuan(YI.amount().multiply(BigDecimal.valueOf(yi)));
    }
}
