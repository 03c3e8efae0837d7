package cn.gov.baotou.talent.rareearth.measure.entity;

import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The city departments of the seeds, to tell which department a unit the text names is. */
@ApplicationScoped
public class Departments {

    public static final String FILE = "seeds/reference/departments.csv";
    /** 市委人才办: the city office itself, which reviews the measures it leads alone. */
    public static final String TALENT_OFFICE = "TALENT_OFFICE";

    private volatile List<Department> all;

    public List<Department> all() {
        List<Department> d = all;
        if (d == null) {
            d = new SeedFiles(Departments.class.getClassLoader())
                    .csv(FILE).stream()
                            .map(r -> new Department(r.get("code"), r.get("name"), r.get("nameEn")))
                            .toList();
            all = d;
        }
        return d;
    }

    public Optional<Department> byCode(String code) {
        return all().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The department a unit of the text is (市人社局 → HUMAN_RESOURCES); empty for a university, a district, …. */
    public Optional<Department> byUnit(String unit) {
        return all().stream().filter(d -> d.is(unit)).findFirst();
    }
}
