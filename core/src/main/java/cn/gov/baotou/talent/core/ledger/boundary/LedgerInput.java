package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The fields of a payment or recovery request checked together, so a refusal names every bad field at once. */
final class LedgerInput {

    /** The header (and field) every payment and recovery request carries. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private final List<FieldError> errors = new ArrayList<>();
    private final LocalDate today;

    LedgerInput(LocalDate today) {
        this.today = today;
    }

    LedgerInput present(Object value, String field) {
        if (value == null) {
            errors.add(FieldError.of(field, "ledger.field.required"));
        }
        return this;
    }

    LedgerInput positive(Yuan amount, String field) {
        if (amount == null) {
            errors.add(FieldError.of(field, "money.required"));
        } else if (!amount.isPositive()) {
            errors.add(FieldError.of(field, "ledger.amount.notPositive", amount.toString()));
        }
        return this;
    }

    /** A date that has happened: a payment or decision is recorded after the fact. */
    LedgerInput past(LocalDate date, String field) {
        present(date, field);
        if (date != null && date.isAfter(today)) {
            errors.add(FieldError.of(field, "ledger.date.future", date.toString()));
        }
        return this;
    }

    LedgerInput text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "ledger.field.required"));
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "ledger.field.tooLong", max));
        }
        return this;
    }

    /** Printable ASCII without spaces, at most 100 characters: a UUID fits. */
    LedgerInput idempotencyKey(String key) {
        if (key == null || key.isBlank()) {
            errors.add(FieldError.of(IDEMPOTENCY_KEY, "ledger.idempotencyKey.required"));
        } else if (!KEY.matcher(key).matches()) {
            errors.add(FieldError.of(IDEMPOTENCY_KEY, "ledger.idempotencyKey.malformed"));
        }
        return this;
    }

    void orRefuse() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
