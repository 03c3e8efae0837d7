package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The checks a rule makes on one case, in order, each citing the case's clause; then the decision they add up to. */
final class Verdict {

    /** The amount a decision grants, in {@link Decision#amounts()}. */
    static final String TOTAL = "total";

    private final String clauseId;
    private final List<Check> checks = new ArrayList<>();

    Verdict(String clauseId) {
        this.clauseId = clauseId;
    }

    /** Records a check (an argument that is absent reads as —); returns whether it passed. */
    boolean check(boolean passed, String rule, String passedKey, String failedKey, Object... arguments) {
        Object[] shown = Arrays.stream(arguments).map(a -> a == null ? "—" : a).toArray();
        checks.add(Check.of(passed, rule, clauseId, RareEarthMessages.BUNDLE, passed ? passedKey : failedKey, shown));
        return passed;
    }

    void add(List<Check> more) {
        checks.addAll(more);
    }

    boolean allPassed() {
        return checks.stream().allMatch(Check::passed);
    }

    /** Granted with {@code amount} when every check passed; otherwise nothing, with every check shown. */
    Decision decide(Yuan amount) {
        Yuan granted = allPassed() && amount != null ? amount : Yuan.ZERO;
        return Decision.of(checks, Map.of(TOTAL, granted));
    }
}
