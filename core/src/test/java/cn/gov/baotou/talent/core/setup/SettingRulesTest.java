package cn.gov.baotou.talent.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.setup.control.SettingRules;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingRulesTest {

    @Test
    void noSettingAtAllKeepsEveryRule() {
        assertThat(SettingRules.check(name -> Optional.empty())).isEmpty();
    }

    @Test
    void aProductionStartWithEverySettingRightKeepsEveryRule() {
        assertThat(check(Map.of(
                        "talent.demo.data", "false",
                        "talent.db.url", "jdbc:postgresql://db.example.internal:5432/talent",
                        "talent.crypto.key", "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=",
                        "talent.admin.password", "Baotou#2026x",
                        "talent.mail.port", "587",
                        "talent.mail.link-base", "https://talent.example.gov.cn",
                        "talent.api-token.default-days", "365",
                        "talent.trusted-proxies", "10.0.0.5, 10.0.0.6")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        // contains the account name: the start of issue 18 item 7
        "talent.admin.password, Admin@12345x, TALENT_ADMIN_PASSWORD",
        "talent.admin.password, short1A!, TALENT_ADMIN_PASSWORD",
        "talent.demo.data, ture, TALENT_DEMO_DATA",
        "talent.cookie.secure, yes, TALENT_COOKIE_SECURE",
        "talent.mail.port, 0, TALENT_MAIL_PORT",
        "talent.mail.port, 65536, TALENT_MAIL_PORT",
        "talent.reporting.jobs.parallel, two, TALENT_REPORTING_JOBS_PARALLEL",
        "talent.api-token.default-days, 366, TALENT_API_TOKEN_DEFAULT_DAYS",
        "talent.crypto.key, c2hvcnQ=, TALENT_CRYPTO_KEY",
        "talent.db.url, jdbc:mysql://db/talent, TALENT_DB_URL",
        "talent.clock, 2026-13-01, TALENT_CLOCK",
        "talent.mail.link-base, talent.example.gov.cn, TALENT_MAIL_LINK_BASE",
        "talent.login.free-failures, 0, TALENT_LOGIN_FREE_FAILURES",
        "talent.trusted-proxies, proxy.example.internal, TALENT_TRUSTED_PROXIES"
    })
    void aSettingThatBreaksItsRuleIsNamed(String name, String value, String variable) {
        assertThat(check(Map.of(name, value))).singleElement().satisfies(b -> assertThat(b.variable())
                .isEqualTo(variable));
    }

    @Test
    void theBoundsOfANumberAreIncluded() {
        assertThat(check(Map.of("talent.mail.port", "1"))).isEmpty();
        assertThat(check(Map.of("talent.mail.port", "65535"))).isEmpty();
        assertThat(check(Map.of("talent.reporting.archive.catch-up-months", "0")))
                .isEmpty();
    }

    @Test
    void aClockIsRefusedInProduction() {
        assertThat(check(Map.of("talent.clock", "2026-12-18"))).isEmpty();
        assertThat(check(Map.of("talent.clock", "2026-12-18", "talent.demo.data", "false")))
                .singleElement()
                .satisfies(b ->
                        assertThat(b.toString()).startsWith("TALENT_CLOCK: ").contains("TALENT_DEMO_DATA=false"));
    }

    private static java.util.List<SettingRules.Broken> check(Map<String, String> settings) {
        return SettingRules.check(name -> Optional.ofNullable(settings.get(name)));
    }
}
