package cn.gov.baotou.talent.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.control.SignInDelay;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's rule at its boundaries: free failures, doubling, the cap, and the quiet spell that forgets. */
class SignInDelayTest {

    private static final SignInDelay DELAY =
            new SignInDelay(3, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(15));
    private static final Instant LAST = Instant.parse("2026-12-08T01:00:00Z");

    @Test
    void theFirstFailuresCostNoWait() {
        assertThat(DELAY.after(0)).isZero();
        assertThat(DELAY.after(2)).isZero();
        assertThat(DELAY.waiting(2, LAST, LAST)).isFalse();
    }

    @Test
    void fromTheThirdFailureTheWaitDoublesUpToThirtySeconds() {
        assertThat(DELAY.after(3)).hasSeconds(1);
        assertThat(DELAY.after(4)).hasSeconds(2);
        assertThat(DELAY.after(5)).hasSeconds(4);
        assertThat(DELAY.after(7)).hasSeconds(16);
        assertThat(DELAY.after(8)).hasSeconds(30);
        assertThat(DELAY.after(10)).hasSeconds(30);
        assertThat(DELAY.after(1_000_000)).hasSeconds(30);
    }

    @Test
    void theNextAttemptIsCheckedExactlyWhenTheWaitIsOver() {
        // ten failures: 30 s
        assertThat(DELAY.waiting(10, LAST, LAST.plusSeconds(29).plusMillis(999)))
                .isTrue();
        assertThat(DELAY.waiting(10, LAST, LAST.plusSeconds(30))).isFalse();
        assertThat(DELAY.nextAttempt(10, LAST, LAST.plusSeconds(1))).isEqualTo(LAST.plusSeconds(30));
        // three failures: 1 s
        assertThat(DELAY.waiting(3, LAST, LAST.plusMillis(999))).isTrue();
        assertThat(DELAY.waiting(3, LAST, LAST.plusSeconds(1))).isFalse();
    }

    @Test
    void aQuietSpellForgetsTheFailures() {
        assertThat(DELAY.counting(10, LAST, LAST.plus(Duration.ofMinutes(15)).minusMillis(1)))
                .isEqualTo(10);
        assertThat(DELAY.counting(10, LAST, LAST.plus(Duration.ofMinutes(15)))).isZero();
        assertThat(DELAY.counting(10, null, LAST)).isZero();
    }
}
