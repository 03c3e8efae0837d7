package cn.gov.baotou.talent.intake.demand.entity;

import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 14 学科门类, read once from the seeds' reference data ({@code seeds/reference/disciplines.csv}, after
 * 《学位授予和人才培养学科目录》); a demand names its discipline by code.
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

    private static Discipline of(Map<String, String> row) {
        return new Discipline(row.get("code"), row.get("name"), row.get("nameEn"));
    }
}
