package cn.gov.baotou.talent.core.refusal;

import java.util.List;

/** One refused field: its name, the message key of the rule it breaks (in {@code bundle}), and the key's arguments. */
public record FieldError(String field, String bundle, String messageKey, List<Object> arguments) {

    public FieldError {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, Messages.CORE, messageKey, List.of(arguments));
    }
}
