package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** 学科门类 (工学、理学 …) by their two-digit codes, from the seeds' {@code reference/disciplines.csv}. */
@ApplicationScoped
public class Disciplines {

    public static final String FILE = "seeds/reference/disciplines.csv";

    private volatile Map<String, String> names;

    /** Code to Chinese name, in code order. */
    public Map<String, String> all() {
        Map<String, String> n = names;
        if (n == null) {
            n = new LinkedHashMap<>();
            for (Map<String, String> row : new SeedFiles(Disciplines.class.getClassLoader()).csv(FILE)) {
                n.put(row.get("code"), row.get("name"));
            }
            names = n;
        }
        return n;
    }

    public boolean known(String code) {
        return code != null && all().containsKey(code);
    }
}
