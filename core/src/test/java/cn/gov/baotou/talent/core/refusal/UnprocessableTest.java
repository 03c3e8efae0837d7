package cn.gov.baotou.talent.core.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A well-formed request that cannot be taken as it stands is a 422 naming the field, not a 400; pages show it like any
 * bad input, since it is one.
 */
class UnprocessableTest {

    @Test
    void anIdempotencyKeyWithOtherFieldsIsA422NamingTheKey() {
        InvalidInput e = new Unprocessable("Idempotency-Key", "ledger.idempotencyKey.otherRequest", "k-1", "7");
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.errors()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("Idempotency-Key");
            assertThat(f.messageKey()).isEqualTo("ledger.idempotencyKey.otherRequest");
        });
        assertThat(e.message(Messages.in(Locale.ENGLISH)))
                .startsWith("Idempotency-Key：You already used the Idempotency-Key \"k-1\"")
                .contains("(record 7)");
        assertThat(Messages.in(Messages.CHINESE).get("problem.unprocessable")).isEqualTo("请求无法处理");
    }

    @Test
    void otherBadInputStaysA400() {
        assertThat(new InvalidInput("amountYuan", "money.required", "").status())
                .isEqualTo(400);
    }
}
