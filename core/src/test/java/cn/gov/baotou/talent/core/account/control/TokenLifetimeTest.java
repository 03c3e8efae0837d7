package cn.gov.baotou.talent.core.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A token's expiry day: the last day it works; the default, the longest lifetime and the past at their boundaries. */
class TokenLifetimeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private final TokenLifetime lifetime = new TokenLifetime(90, 365);

    @Test
    void aTokenWorksThroughItsExpiryDayAndNotTheDayAfter() {
        LocalDate d = LocalDate.of(2026, 6, 30);
        assertThat(TokenLifetime.works(d, d.minusDays(1))).isTrue();
        assertThat(TokenLifetime.works(d, d)).isTrue();
        assertThat(TokenLifetime.works(d, d.plusDays(1))).isFalse();
    }

    @Test
    void withoutADayAskedForATokenLastsTheDefault() {
        assertThat(lifetime.expiresOn(TODAY, null)).isEqualTo(LocalDate.of(2026, 9, 13));
    }

    @Test
    void todayIsTheEarliestExpiryDay() {
        assertThat(lifetime.expiresOn(TODAY, TODAY)).isEqualTo(TODAY);
        assertThatThrownBy(() -> lifetime.expiresOn(TODAY, TODAY.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("expiresOn");
                    assertThat(e.errors().get(0).messageKey()).isEqualTo("account.token.expiresOn.past");
                });
    }

    @Test
    void noTokenLastsLongerThanTheLongestLifetime() {
        LocalDate latest = LocalDate.of(2027, 6, 15);
        assertThat(lifetime.expiresOn(TODAY, latest)).isEqualTo(latest);
        assertThatThrownBy(() -> lifetime.expiresOn(TODAY, latest.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("expiresOn");
                    assertThat(e.errors().get(0).messageKey()).isEqualTo("account.token.expiresOn.tooLate");
                    assertThat(e.errors().get(0).arguments()).containsExactly(365, latest);
                });
    }

    @Test
    void aDefaultLongerThanTheLongestIsAConfigurationMistake() {
        assertThatThrownBy(() -> new TokenLifetime(400, 365)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenLifetime(-1, 365)).isInstanceOf(IllegalArgumentException.class);
    }
}
