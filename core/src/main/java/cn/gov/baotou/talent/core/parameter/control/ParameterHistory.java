package cn.gov.baotou.talent.core.parameter.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every version of every parameter, immutable: {@link #at(LocalDate)} gives the values in force on one day. Built from
 * the database by {@code PolicyParameters}, or in memory from the seed file, so rules are unit-tested without a
 * container: {@code ParameterHistory.seed().at(LocalDate.of(2024, 6, 1)).money("intake.subsidy.doctorYuan")}.
 */
public final class ParameterHistory {

    /** The 2022 version of the three policies in the seeds module. */
    public static final String SEED = "seeds/parameters/2022.csv";

    private static final Comparator<ParameterValue> BY_START = Comparator.comparing(ParameterValue::validFrom);

    private final Map<String, List<ParameterValue>> byKey;

    /** Refuses values of one key that overlap, or that change the key's type: they never exist in a stored history. */
    public ParameterHistory(Collection<ParameterValue> values) {
        Map<String, List<ParameterValue>> grouped = new TreeMap<>();
        for (ParameterValue v : values) {
            grouped.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
        }
        Map<String, List<ParameterValue>> sorted = new LinkedHashMap<>();
        grouped.forEach((key, versions) -> {
            versions.sort(BY_START);
            for (int i = 1; i < versions.size(); i++) {
                ParameterValue previous = versions.get(i - 1);
                ParameterValue v = versions.get(i);
                if (previous.overlaps(v) || previous.type() != v.type()) {
                    throw new IllegalArgumentException(
                            key + ": " + previous + " and " + v + " overlap or differ in type");
                }
            }
            sorted.put(key, List.copyOf(versions));
        });
        this.byKey = sorted;
    }

    /** The seed file's version, read and checked as an import would (its clause ids are checked by the seed tests). */
    public static ParameterHistory seed() {
        try (InputStream in = ParameterHistory.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("seed file missing from the class path: " + SEED);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(SEED, e);
        }
    }

    /** A history of one version file's rows, every key new. */
    public static ParameterHistory read(String versionFile) {
        return new ParameterHistory(
                VersionPlan.first(ParameterFile.read(versionFile), null).added());
    }

    /** This history with a newer version file imported on {@code today}, as the platform would (时间从新). */
    public ParameterHistory imported(String versionFile, LocalDate today) {
        VersionPlan plan = VersionPlan.of(ParameterFile.read(versionFile), null, all(), today);
        List<ParameterValue> values = new ArrayList<>(all());
        for (VersionPlan.Closing c : plan.closings()) {
            values.set(values.indexOf(c.stored()), c.stored().endingOn(c.lastDay()));
        }
        values.addAll(plan.added());
        return new ParameterHistory(values);
    }

    /** The values in force on {@code date}; asking for one that no version covers is refused naming "date". */
    public Parameters at(LocalDate date) {
        return at(date, "date");
    }

    /** The values in force on {@code date}; {@code field} names the caller's input in a refusal (e.g. "assessedOn"). */
    public Parameters at(LocalDate date, String field) {
        Map<String, ParameterValue> inForce = new TreeMap<>();
        byKey.forEach((key, versions) ->
                versions.stream().filter(v -> v.covers(date)).findFirst().ifPresent(v -> inForce.put(key, v)));
        return new Parameters(date, field, inForce, this);
    }

    public Set<String> keys() {
        return byKey.keySet();
    }

    /** The versions of one key, oldest first; empty for an unknown key. */
    public List<ParameterValue> versions(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Every value, by key and then by start. */
    public List<ParameterValue> all() {
        return byKey.values().stream().flatMap(List::stream).toList();
    }
}
