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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

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

    /**
     * The values that apply on {@code date} when a case is weighed by the newest version (时间从新): each key's value in
     * force that day, or — where every version of the key has ended — the newest one that began before it, as cases
     * decided after a version ended are. For the budget forecast, never for a decision on a date.
     */
    public Parameters newestOn(LocalDate date) {
        return withDraft(List.of(), date);
    }

    /**
     * {@link #newestOn} as it would read if the {@code draft}'s values were a version: a draft value wins over a stored
     * one of the same key on a day both hold, and is the newer one otherwise when it began later. The draft is not
     * stored here; this is what the forecast compares, never what a rule reads.
     */
    public Parameters withDraft(List<ParameterValue> draft, LocalDate date) {
        Map<String, List<ParameterValue>> drafted = new TreeMap<>();
        draft.forEach(
                v -> drafted.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v));
        Map<String, ParameterValue> chosen = new TreeMap<>();
        for (String key : union(byKey.keySet(), drafted.keySet())) {
            List<ParameterValue> mine = drafted.getOrDefault(key, List.of());
            List<ParameterValue> stored = versions(key);
            covering(mine, date)
                    .or(() -> covering(stored, date))
                    // the draft's first on a tie: maxBy keeps the first of equals
                    .or(() -> Stream.concat(mine.stream(), stored.stream())
                            .filter(v -> v.validFrom().isBefore(date))
                            .max(BY_START))
                    .ifPresent(v -> chosen.put(key, v));
        }
        return new Parameters(date, "year", chosen, this);
    }

    private static Optional<ParameterValue> covering(List<ParameterValue> versions, LocalDate date) {
        return versions.stream().filter(v -> v.covers(date)).findFirst();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
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
