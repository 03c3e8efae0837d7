package cn.gov.baotou.talent.core.refusal;

import java.util.List;

/**
 * Input that is well formed but cannot be taken as it stands, such as an {@code Idempotency-Key} sent again with other
 * fields: answered as 422 problem+json naming the field, after nothing was written. A page shows it like any bad
 * input.
 */
public class Unprocessable extends InvalidInput {

    public Unprocessable(String field, String messageKey, Object... arguments) {
        super(List.of(FieldError.of(field, messageKey, arguments)));
    }

    @Override
    public int status() {
        return 422;
    }
}
