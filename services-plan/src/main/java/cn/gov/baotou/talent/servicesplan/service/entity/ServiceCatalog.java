package cn.gov.baotou.talent.servicesplan.service.entity;

import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data of the seeds the plan reads: the 16 service items (seeds/reference/service-items.csv, the
 * platform's reading of the list, to be confirmed against the document) and the departments' names.
 */
@ApplicationScoped
public class ServiceCatalog {

    private volatile List<ServiceItem> items;
    private volatile Map<String, String[]> departments;

    public List<ServiceItem> items() {
        if (items == null) {
            items = files().csv("seeds/reference/service-items.csv").stream()
                    .map(r -> new ServiceItem(r.get("code"), r.get("name"), r.get("nameEn"), r.get("departmentCode")))
                    .toList();
        }
        return items;
    }

    public Optional<ServiceItem> item(String code) {
        return items().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The department's name in the language asked for (Chinese unless {@code english}); the code if unknown. */
    public String departmentName(String code, boolean english) {
        String[] names = departments().get(code);
        return names == null ? code : english ? names[1] : names[0];
    }

    public boolean departmentExists(String code) {
        return code != null && departments().containsKey(code);
    }

    /** Every department code in the order of the seed file. */
    public List<String> departmentCodes() {
        return List.copyOf(departments().keySet());
    }

    private Map<String, String[]> departments() {
        if (departments == null) {
            Map<String, String[]> byCode = new LinkedHashMap<>();
            files().csv("seeds/reference/departments.csv")
                    .forEach(r -> byCode.put(r.get("code"), new String[] {r.get("name"), r.get("nameEn")}));
            departments = byCode;
        }
        return departments;
    }

    private static SeedFiles files() {
        return new SeedFiles(ServiceCatalog.class.getClassLoader());
    }
}
