package cn.gov.baotou.talent.core.decision.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule decided, and why: the outcome, the amounts (named, in yuan), and every check made with the clause it
 * rests on. Nothing is decided silently: pages, API answers and reports show the checks.
 */
public record Decision(boolean granted, Map<String, Yuan> amounts, List<Check> checks) {

    public Decision {
        amounts = amounts == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(amounts));
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** Granted exactly when every check passed. */
    public static Decision of(List<Check> checks, Map<String, Yuan> amounts) {
        return new Decision(checks.stream().allMatch(Check::passed), amounts, checks);
    }

    public List<Check> failed() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    public Yuan amount(String name) {
        return amounts.getOrDefault(name, Yuan.ZERO);
    }
}
