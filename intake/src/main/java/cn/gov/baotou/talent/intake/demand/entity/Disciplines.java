package cn.gov.baotou.talent.intake.demand.entity;

import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 14 学科门类, read once from the seeds' reference data ({@code seeds/reference/disciplines.csv}, after
 * 《学位授予和人才培养学科目录》); a demand and a hire name their discipline by code.
 */
public final class Disciplines {

    private static final String FILE = "seeds/reference/disciplines.csv";
    private static List<Discipline> all;

    private Disciplines() {}

    public static synchronized List<Discipline> all() {
        if (all == null) {
            all = new SeedFiles(Disciplines.class.getClassLoader())
                    .csv(FILE).stream().map(Disciplines::of).toList();
        }
        return all;
    }

    public static Optional<Discipline> byCode(String code) {
        return all().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public static boolean known(String code) {
        return code != null && byCode(code).isPresent();
    }

    /** Code to Chinese name, in code order: what a hire's forms, sheets and lists show. */
    public static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(d -> names.put(d.code(), d.name()));
        return names;
    }

    private static Discipline of(Map<String, String> row) {
        return new Discipline(row.get("code"), row.get("name"), row.get("nameEn"));
    }
}
