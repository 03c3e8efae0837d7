package cn.gov.baotou.talent.servicesplan.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.servicesplan.nomination.control.FilingRules;
import cn.gov.baotou.talent.servicesplan.quota.control.EnterpriseScope;
import cn.gov.baotou.talent.servicesplan.quota.control.NominationQuota;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaTiers;
import cn.gov.baotou.talent.servicesplan.quota.control.ScopeDecision;
import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows;
import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows.Range;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a nomination must meet on the day it is filed, at the boundaries: the window's first and last day and the days
 * either side (services-plan.5.1), the quota reached and exceeded (4), and the end of the service period (7).
 */
class FilingRulesTest {

    static final ApplicationWindows WINDOWS = new ApplicationWindows(List.of(
            new Range(MonthDay.of(3, 1), MonthDay.of(3, 10)), new Range(MonthDay.of(9, 1), MonthDay.of(9, 10))));
    static final LocalDate PERIOD_END = LocalDate.of(2025, 12, 31);
    static final QuotaTiers TIERS =
            new QuotaTiers(Yuan.of("10000000000.00"), 2, Yuan.of("5000000000.00"), 1, Yuan.of("5000000000.00"), 1);

    @Test
    void the28thOfFebruaryIsRefusedNamingTheWindowOf1To10March() {
        assertThat(text(window("2024-02-28")))
                .isEqualTo("2024-02-28 不在申报期内（每年 3 月和 9 月的 1—10 日，services-plan.5.1）；下一个申报期为 2024-03-01 至"
                        + " 2024-03-10");
        assertThat(window("2024-02-28").orElseThrow().field()).isEqualTo("appliedOn");
    }

    @Test
    void the1stAndThe10thOfMarchAreInside() {
        assertThat(window("2024-03-01")).isEmpty();
        assertThat(window("2024-03-10")).isEmpty();
        assertThat(window("2025-09-01")).isEmpty();
        assertThat(window("2025-09-10")).isEmpty();
    }

    @Test
    void anApplicationOnThe11thOfMarchIsRefusedNamingTheSeptemberWindow() {
        assertThat(text(window("2024-03-11")))
                .isEqualTo("2024-03-11 不在申报期内（每年 3 月和 9 月的 1—10 日，services-plan.5.1）；下一个申报期为 2024-09-01 至"
                        + " 2024-09-10");
    }

    @Test
    void afterTheLastWindowOfThePeriodNoNextWindowIsOffered() {
        assertThat(text(window("2025-09-11")))
                .isEqualTo("2025-09-11 不在申报期内（每年 3 月和 9 月的 1—10 日，services-plan.5.1），服务期限（至 2025-12-31）内已没有申报期");
    }

    @Test
    void aThirdNomineeBeyondAQuotaOfTwoIsRefused() {
        QuotaDecision two = byRevenue("10000000000.00");
        assertThat(two.quota()).isEqualTo(2);
        assertThat(FilingRules.quota("nominees", two, 0, 2)).isEmpty();
        assertThat(FilingRules.quota("nominees", two, 1, 1)).isEmpty();
        Optional<FieldError> third = FilingRules.quota("nominees", two, 2, 1);
        assertThat(text(third)).isEqualTo("2025 年度推荐名额为 2 名（services-plan.4.1.1），已推荐 2 名，本次推荐 1 名超出名额");
        assertThat(third.orElseThrow().field()).isEqualTo("nominees");
        assertThat(FilingRules.quota("nominees", two, 0, 3)).isPresent();
    }

    @Test
    void noQuotaRefusesAnyNominee() {
        QuotaDecision none = byRevenue("4999999999.99");
        assertThat(none.quota()).isZero();
        assertThat(text(FilingRules.quota("nominees", none, 0, 1))).startsWith("按已确认的营业收入、项目投资额，本企业 2025 年度没有推荐名额");
    }

    @Test
    void anEnterpriseOutsideTheScopeIsRefusedCitingTheScopeWhateverItsFigures() {
        // 规上 but a trading company: revenue of 100 亿 counts for nothing (services-plan.3)
        ScopeDecision trading = new EnterpriseScope("NEW_MATERIALS", true, true, false, false, Yuan.ZERO)
                .decide(Yuan.of("1000000000.00"));
        QuotaDecision out =
                NominationQuota.decide(2025, trading, Map.of(2024, Yuan.of("10000000000.00")), TIERS, Map.of(), TIERS);
        assertThat(out.quota()).isZero();
        assertThat(out.outOfScope()).isTrue();
        Optional<FieldError> refused = FilingRules.quota("nominees", out, 0, 1);
        assertThat(refused.orElseThrow().field()).isEqualTo("nominees");
        assertThat(text(refused)).startsWith("本企业不在服务范围内（services-plan.3）").endsWith("2025 年度没有推荐名额");
    }

    @Test
    void theLastDayOfTheServicePeriodIsInsideAndTheDayAfterIsRefused() {
        assertThat(FilingRules.servicePeriod("appliedOn", LocalDate.of(2025, 12, 31), PERIOD_END, PERIOD_END))
                .isEmpty();
        // no version covers 2026: the refusal names the end of the newest one
        assertThat(text(FilingRules.servicePeriod("appliedOn", LocalDate.of(2026, 3, 2), null, PERIOD_END)))
                .isEqualTo("2026-03-02 已超出服务期限（至 2025-12-31，services-plan.7），不能再办理；新的政策版本录入后方可办理");
        // a newer version that extends the period covers the date
        assertThat(FilingRules.servicePeriod("appliedOn", LocalDate.of(2026, 3, 2), LocalDate.of(2028, 12, 31), null))
                .isEmpty();
    }

    private static Optional<FieldError> window(String day) {
        return FilingRules.window("appliedOn", LocalDate.parse(day), WINDOWS, PERIOD_END);
    }

    private static QuotaDecision byRevenue(String yuan) {
        return NominationQuota.decide(
                2025, ScopeDecision.notChecked(), Map.of(2024, Yuan.of(yuan)), TIERS, Map.of(), TIERS);
    }

    private static String text(Optional<FieldError> error) {
        return Messages.in(Messages.CHINESE).get(error.orElseThrow());
    }
}
