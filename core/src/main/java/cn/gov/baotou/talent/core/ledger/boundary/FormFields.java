package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.rest.DayText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the text fields of a JSON form into values, collecting every unreadable one so a refusal names them all. */
final class FormFields {

    private final List<FieldError> errors = new ArrayList<>();

    /** An amount in yuan; a missing one is left to the ledger, which names it. */
    Yuan yuan(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Yuan.parse(field, text);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DayText.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "ledger.date.malformed", text));
            return null;
        }
    }

    <E extends Enum<E>> E choice(String text, Class<E> type, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "ledger.choice.unknown", text));
            return null;
        }
    }

    /** A required header: its absence is refused by name, with the form's other faults. */
    String header(String value, String name) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(name, "ledger.idempotencyKey.required"));
            return null;
        }
        return value.strip();
    }

    void orRefuse() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
