package cn.gov.baotou.talent.core.refusal;

import java.util.ArrayList;
import java.util.List;

/** Bad input from a caller: answered as 400 problem+json naming each field, after nothing was written. */
public class InvalidInput extends Refusal {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String messageKey, Object rejected) {
        this(List.of(FieldError.of(field, messageKey, rejected == null ? "" : rejected)));
    }

    private static String describe(List<FieldError> errors) {
        List<String> parts = new ArrayList<>();
        for (FieldError e : errors) {
            parts.add(e.field() + ": " + e.messageKey());
        }
        return String.join("; ", parts);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The HTTP status the API answers with. */
    public int status() {
        return 400;
    }

    /** Every refused field with its rule ({@code 字段：说明；…}), as a problem's detail says it. */
    @Override
    public String message(Messages messages) {
        List<String> parts = new ArrayList<>();
        for (FieldError e : errors) {
            parts.add(e.field() + "：" + messages.get(e));
        }
        return String.join("；", parts);
    }
}
