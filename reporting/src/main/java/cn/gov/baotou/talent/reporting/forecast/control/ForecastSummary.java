package cn.gov.baotou.talent.reporting.forecast.control;

import cn.gov.baotou.talent.core.report.control.ForecastLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every module's forecast lines gathered per finance, in the order readers expect — 市财政 first, then the districts as
 * the registry orders them, each listed even when nothing falls to it — and within a finance per policy (in the
 * policies' order), clause, basis (pipeline before volume) and measure, lines of the same measure summed.
 */
public final class ForecastSummary {

    private ForecastSummary() {}

    /**
     * @param finances the finances to show, in order (CITY, then every district)
     * @param policies the policies by id, in their order; a line of another policy is shown under its id
     */
    public static List<FinanceForecast> of(List<ForecastLine> lines, List<Named> finances, List<Named> policies) {
        Map<String, Map<String, ForecastRow>> byFinance = new LinkedHashMap<>();
        finances.forEach(f -> byFinance.put(f.code(), new LinkedHashMap<>()));
        for (ForecastLine l : lines) {
            Map<String, ForecastRow> rows = byFinance.get(l.finance());
            if (rows == null) {
                throw new IllegalArgumentException("a forecast line for an unknown finance: " + l);
            }
            String key = l.policyId() + "|" + l.clauseId() + "|" + l.basis() + "|" + l.label();
            ForecastRow before = rows.get(key);
            rows.put(
                    key,
                    before == null
                            ? new ForecastRow(
                                    policy(policies, l.policyId()),
                                    l.clauseId(),
                                    l.label(),
                                    l.labelEn(),
                                    l.basis(),
                                    l.cases(),
                                    l.inForceYuan(),
                                    l.draftYuan())
                            : new ForecastRow(
                                    before.policy(),
                                    before.clauseId(),
                                    before.label(),
                                    before.labelEn(),
                                    before.basis(),
                                    before.cases() + l.cases(),
                                    before.inForceYuan().add(l.inForceYuan()),
                                    before.draftYuan().add(l.draftYuan())));
        }
        Comparator<ForecastRow> order = Comparator.<ForecastRow>comparingInt(r -> rank(policies, r.policy()))
                .thenComparing(r -> clauseOrder(r.clauseId()))
                .thenComparing(ForecastRow::basis)
                .thenComparing(r -> r.label());
        List<FinanceForecast> out = new ArrayList<>();
        for (Named f : finances) {
            List<ForecastRow> rows = new ArrayList<>(byFinance.get(f.code()).values());
            rows.sort(order);
            out.add(new FinanceForecast(f, rows));
        }
        return out;
    }

    private static Named policy(List<Named> policies, String id) {
        return policies.stream().filter(p -> p.code().equals(id)).findFirst().orElse(new Named(id, id, id));
    }

    private static int rank(List<Named> policies, Named policy) {
        int i = policies.indexOf(policy);
        return i < 0 ? policies.size() : i;
    }

    /** {@code rare-earth.12} after {@code rare-earth.5}: each number of the clause id compared as a number. */
    static String clauseOrder(String clauseId) {
        StringBuilder key = new StringBuilder();
        for (String part : clauseId.split("\\.")) {
            key.append(part.matches("\\d+") ? String.format("%05d", Integer.parseInt(part)) : part)
                    .append('.');
        }
        return key.toString();
    }
}
