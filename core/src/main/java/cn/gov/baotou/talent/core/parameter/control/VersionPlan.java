package cn.gov.baotou.talent.core.parameter.control;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What importing a version file changes — the rows it adds and the stored rows it closes — or, when any row is bad,
 * every reason at once (the file is refused whole, nothing is written).
 *
 * <p>时间从新, the newer version applies from the day it begins. The periods of one key never overlap, so "newer wins" is
 * written into the periods themselves: a new row that overlaps a stored one is accepted only if it can take over from
 * its first day, and the stored one is then closed on the day before. That is allowed when (1) the new row begins
 * after the stored one began — a version that would replace an old one whole is an overlap; (2) it begins after today
 * — days up to today may already have been decided with the stored value and keep it; (3) it lasts at least as long
 * as the stored one did (an open end outlasts any end), so that no day that had a value loses it. Anything else is
 * refused as an overlap naming the stored version. A version entered after the old one ended overlaps nothing.
 */
public record VersionPlan(List<ParameterValue> added, List<Closing> closings) {

    /** A stored row that ends on {@code lastDay} because a newer version begins the day after. */
    public record Closing(ParameterValue stored, LocalDate lastDay) {}

    public VersionPlan {
        added = List.copyOf(added);
        closings = List.copyOf(closings);
    }

    /**
     * A new version: every key must already be stored (a new key comes with the code that reads it, in a seed file),
     * with the same type; clauses must exist and belong to the row's policy ({@code clausePolicies}: clause id to
     * policy id; null leaves clauses unchecked, for histories in memory).
     */
    public static VersionPlan of(
            ParameterFile file, Map<String, String> clausePolicies, List<ParameterValue> stored, LocalDate today) {
        return plan(file, clausePolicies, stored, false, today);
    }

    /** The first version of every key, from a seed file; {@code clausePolicies} null leaves clauses unchecked. */
    public static VersionPlan first(ParameterFile file, Map<String, String> clausePolicies) {
        return plan(file, clausePolicies, List.of(), true, LocalDate.MIN);
    }

    private static VersionPlan plan(
            ParameterFile file,
            Map<String, String> clauses,
            List<ParameterValue> stored,
            boolean newKeys,
            LocalDate today) {
        List<FieldError> errors = new ArrayList<>(file.errors());
        Map<String, List<ParameterValue>> storedByKey =
                stored.stream().collect(Collectors.groupingBy(ParameterValue::key));
        Set<String> policies = clauses == null ? Set.of() : new HashSet<>(clauses.values());
        List<ParameterValue> added = new ArrayList<>();
        List<Closing> closings = new ArrayList<>();
        List<ParameterFile.Row> earlier = new ArrayList<>();
        for (ParameterFile.Row r : file.rows()) {
            ParameterValue v = r.value();
            int before = errors.size();
            if (clauses != null) {
                String clausePolicy = clauses.get(v.clauseId());
                if (!policies.contains(v.policyId())) {
                    errors.add(refusal(r, "policy", "parameter.policy.unknown", v.policyId()));
                }
                if (clausePolicy == null) {
                    errors.add(refusal(r, "clause", "parameter.clause.unknown", v.clauseId()));
                } else if (!clausePolicy.equals(v.policyId())) {
                    errors.add(refusal(r, "clause", "parameter.clause.otherPolicy", v.clauseId(), clausePolicy));
                }
            }
            List<ParameterValue> same = storedByKey.getOrDefault(v.key(), List.of());
            if (same.isEmpty() && !newKeys) {
                errors.add(refusal(r, "key", "parameter.key.unknown", v.key()));
            } else if (!same.isEmpty() && same.get(0).type() != v.type()) {
                errors.add(refusal(
                        r,
                        "type",
                        "parameter.type.mismatch",
                        v.type().name(),
                        same.get(0).type().name()));
            }
            for (ParameterFile.Row e : earlier) {
                if (e.value().overlaps(v)) {
                    errors.add(refusal(
                            r,
                            "validFrom",
                            "parameter.overlap.inFile",
                            String.valueOf(e.line()),
                            e.value().period()));
                }
            }
            for (ParameterValue s : same) {
                if (s.overlaps(v)) {
                    String reason = takeOver(s, v, today);
                    if (reason == null) {
                        closings.add(new Closing(s, v.validFrom().minusDays(1)));
                    } else {
                        errors.add(
                                refusal(r, "validFrom", reason, s.version(), s.period(), v.period(), today.toString()));
                    }
                }
            }
            earlier.add(r);
            if (errors.size() == before) {
                added.add(v);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new VersionPlan(added, closings);
    }

    /** Null when the new value may take over from the stored one (时间从新, see above); else why not. */
    private static String takeOver(ParameterValue stored, ParameterValue newer, LocalDate today) {
        if (!newer.validFrom().isAfter(stored.validFrom())) {
            return "parameter.overlap";
        }
        if (!newer.validFrom().isAfter(today)) {
            return "parameter.overlap.started";
        }
        if (!newer.lastsAsLongAs(stored)) {
            return "parameter.overlap.gap";
        }
        return null;
    }

    private static FieldError refusal(ParameterFile.Row r, String column, String messageKey, Object... arguments) {
        return FieldError.of(ParameterFile.field(r.line(), r.value().key(), column), messageKey, arguments);
    }
}
