package cn.gov.baotou.talent.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.control.PasswordHashing;
import cn.gov.baotou.talent.core.account.control.PasswordPolicy;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordAndScopeTest {

    @Test
    void aPasswordHasTenCharactersOfThreeKindsAndNotTheAccountName() {
        assertThatCode(() -> PasswordPolicy.check("city", "Baotou@2022".toCharArray()))
                .doesNotThrowAnyException();
        assertRefused("city", "Bt@2022", "account.password.tooShort");
        assertRefused("city", "baotoubaotou", "account.password.tooSimple");
        assertRefused("city", "Baotou2022city", "account.password.containsUsername");
        assertThatCode(() -> PasswordPolicy.check("city", "baotou-2022x".toCharArray()))
                .doesNotThrowAnyException();
    }

    @Test
    void hashesAreSaltedAndVerify() {
        String a = PasswordHashing.hash("Baotou@2022".toCharArray());
        String b = PasswordHashing.hash("Baotou@2022".toCharArray());
        assertThat(a).isNotEqualTo(b).startsWith("PBKDF2WithHmacSHA256:210000:");
        assertThat(PasswordHashing.verify("Baotou@2022".toCharArray(), a)).isTrue();
        assertThat(PasswordHashing.verify("Baotou@2023".toCharArray(), a)).isFalse();
        assertThat(PasswordHashing.verify("x".toCharArray(), "garbage")).isFalse();
    }

    @Test
    void eachRoleIsBoundToExactlyTheScopeItNeeds() {
        assertThatCode(() -> AccountScope.district("150203").checkFits(Role.DISTRICT_OFFICE))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AccountScope.CITY.checkFits(Role.DISTRICT_FINANCE))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> AccountScope.district("150203").checkFits(Role.CITY_OFFICE))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> AccountScope.CITY.checkFits(Role.ENTERPRISE)).isInstanceOf(InvalidInput.class);
        assertThatCode(() -> AccountScope.enterprise(7).checkFits(Role.ENTERPRISE))
                .doesNotThrowAnyException();
        // a commissioner of a district's task force, or of a city department
        assertThatCode(() -> new AccountScope("150271", "HUMAN_RESOURCES", null).checkFits(Role.DEPARTMENT))
                .doesNotThrowAnyException();
        assertThatCode(() -> AccountScope.department("HEALTH").checkFits(Role.DEPARTMENT))
                .doesNotThrowAnyException();
    }

    @Test
    void visibilityFollowsTheRole() {
        assertThat(Visibility.of(Role.CITY_OFFICE, AccountScope.CITY).all()).isTrue();
        assertThat(Visibility.of(Role.LEADERSHIP, AccountScope.CITY).all()).isTrue();
        assertThat(Visibility.of(Role.DISTRICT_FINANCE, AccountScope.district("150207"))
                        .districtCode())
                .isEqualTo("150207");
        assertThat(Visibility.of(Role.ENTERPRISE, AccountScope.enterprise(3)).enterpriseId())
                .isEqualTo(3L);
        assertThat(Visibility.of(Role.DEPARTMENT, AccountScope.department("HEALTH")))
                .isEqualTo(Visibility.NOTHING);
        assertThat(Visibility.of(null, null)).isEqualTo(Visibility.NOTHING);
        assertThat(Visibility.NOTHING.condition("e.district.code", "e.id")).isEqualTo("1 = 0");
    }

    private static void assertRefused(String user, String password, String rule) {
        assertThatThrownBy(() -> PasswordPolicy.check(user, password.toCharArray()))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors().get(0).messageKey())
                        .isEqualTo(rule));
    }
}
