package cn.gov.baotou.talent.reporting.report.control;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order in which modules' parts appear in a report: core's own (the ledger) first, then the three policies in
 * the order of 包府发〔2022〕18号, then any other by id — never the order the container happens to find beans in.
 */
public final class SourceOrder {

    static final List<String> POLICIES = List.of("core", "intake", "services-plan", "rare-earth");

    private SourceOrder() {}

    public static <T> List<T> sorted(List<T> sources, Function<T, String> policyId) {
        return sources.stream()
                .sorted(Comparator.comparing((T s) -> rank(policyId.apply(s))).thenComparing(policyId))
                .toList();
    }

    static int rank(String policyId) {
        int i = POLICIES.indexOf(policyId);
        return i < 0 ? POLICIES.size() : i;
    }
}
