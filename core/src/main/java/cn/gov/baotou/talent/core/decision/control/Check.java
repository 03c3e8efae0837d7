package cn.gov.baotou.talent.core.decision.control;

import java.util.List;

/**
 * One condition a rule checked: which rule, the clause it rests on, whether it passed, and the message (a key in
 * {@code bundle} with its arguments) that explains it to the user in their language.
 */
public record Check(
        String rule, String clauseId, boolean passed, String bundle, String messageKey, List<Object> arguments) {

    public Check {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Check passed(String rule, String clauseId, String bundle, String messageKey, Object... arguments) {
        return new Check(rule, clauseId, true, bundle, messageKey, List.of(arguments));
    }

    public static Check failed(String rule, String clauseId, String bundle, String messageKey, Object... arguments) {
        return new Check(rule, clauseId, false, bundle, messageKey, List.of(arguments));
    }

    public static Check of(
            boolean passed, String rule, String clauseId, String bundle, String messageKey, Object... arguments) {
        return new Check(rule, clauseId, passed, bundle, messageKey, List.of(arguments));
    }
}
