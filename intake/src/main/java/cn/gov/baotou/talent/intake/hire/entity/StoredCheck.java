package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;

/**
 * One check of the eligibility decided at submission, kept as it was decided: the page and the API show these, not a
 * decision made again with later parameters. Arguments are kept as text: {@code s:} text, {@code i:} a whole number,
 * {@code r:bundle#key} a text to translate.
 */
@Embeddable
public class StoredCheck {

    private static final String SEPARATOR = "\u001f";

    @Column(name = "rule_name", nullable = false, length = 40)
    private String rule;

    @Column(name = "clause_id", nullable = false, length = 60)
    private String clauseId;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "message_key", nullable = false, length = 80)
    private String messageKey;

    @Column(length = 1000)
    private String arguments;

    protected StoredCheck() {}

    public static StoredCheck of(Check c) {
        StoredCheck s = new StoredCheck();
        s.rule = c.rule();
        s.clauseId = c.clauseId();
        s.passed = c.passed();
        s.messageKey = c.messageKey();
        List<String> parts = new ArrayList<>();
        for (Object a : c.arguments()) {
            if (a instanceof MessageRef r) {
                parts.add("r:" + r.bundle() + "#" + r.key());
            } else if (a instanceof Integer i) {
                parts.add("i:" + i);
            } else {
                parts.add("s:" + a);
            }
        }
        s.arguments = parts.isEmpty() ? null : String.join(SEPARATOR, parts);
        return s;
    }

    /** The check in the bundle it was made with. */
    public Check toCheck(String bundle) {
        List<Object> args = new ArrayList<>();
        if (arguments != null) {
            for (String part : arguments.split(SEPARATOR, -1)) {
                String value = part.substring(2);
                switch (part.charAt(0)) {
                    case 'r' -> {
                        int hash = value.indexOf('#');
                        args.add(new MessageRef(value.substring(0, hash), value.substring(hash + 1)));
                    }
                    case 'i' -> args.add(Integer.valueOf(value));
                    default -> args.add(value);
                }
            }
        }
        return new Check(rule, clauseId, passed, bundle, messageKey, args);
    }
}
