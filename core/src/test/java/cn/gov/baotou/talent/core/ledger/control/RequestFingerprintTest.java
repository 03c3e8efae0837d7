package cn.gov.baotou.talent.core.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Two requests that mean the same have the same fingerprint; any other difference changes it. */
class RequestFingerprintTest {

    static String of(Object level, Object amount, Object day, Object reference) {
        return new RequestFingerprint()
                .field("financeLevel", level)
                .field("amountYuan", amount)
                .field("paidOn", day)
                .field("reference", reference)
                .sha256();
    }

    @Test
    void theSameRequestWrittenAnotherWayHasTheSameFingerprint() {
        String first = of("CITY", new BigDecimal("100000.00"), LocalDate.of(2024, 10, 15), "B-1");
        assertThat(first).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(of("CITY", new BigDecimal("100000"), LocalDate.of(2024, 10, 15), " B-1\n"))
                .isEqualTo(first);
    }

    @Test
    void anyOtherFieldChangesIt() {
        String first = of("CITY", new BigDecimal("100000.00"), LocalDate.of(2024, 10, 15), "B-1");
        assertThat(of("DISTRICT", new BigDecimal("100000.00"), LocalDate.of(2024, 10, 15), "B-1"))
                .isNotEqualTo(first);
        assertThat(of("CITY", new BigDecimal("100000.01"), LocalDate.of(2024, 10, 15), "B-1"))
                .isNotEqualTo(first);
        assertThat(of("CITY", new BigDecimal("100000.00"), LocalDate.of(2024, 10, 16), "B-1"))
                .isNotEqualTo(first);
        assertThat(of("CITY", new BigDecimal("100000.00"), LocalDate.of(2024, 10, 15), "B-2"))
                .isNotEqualTo(first);
        assertThat(of("CITY", new BigDecimal("100000.00"), LocalDate.of(2024, 10, 15), null))
                .isNotEqualTo(first);
        // a value cannot pass for the next field
        assertThat(of("CITY", null, null, "x\namountYuan=1")).isNotEqualTo(of("CITY", new BigDecimal("1"), null, "x"));
    }
}
