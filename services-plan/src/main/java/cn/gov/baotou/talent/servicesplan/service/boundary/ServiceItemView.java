package cn.gov.baotou.talent.servicesplan.service.boundary;

import cn.gov.baotou.talent.servicesplan.service.entity.NomineeService;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
import java.time.Instant;

/** One service item of a nominee as the API shows it, with the item's and the department's names. */
public record ServiceItemView(
        long id,
        long nomineeId,
        String nomineeName,
        long enterpriseId,
        String districtCode,
        String itemCode,
        String itemName,
        String departmentCode,
        String departmentName,
        String status,
        String note,
        String updatedBy,
        Instant updatedAt) {

    public static ServiceItemView of(NomineeService s, ServiceCatalog catalog, boolean english) {
        return new ServiceItemView(
                s.id(),
                s.nominee().id(),
                s.nominee().person().name(),
                s.enterpriseId(),
                s.districtCode(),
                s.itemCode(),
                catalog.item(s.itemCode())
                        .map(i -> english ? i.nameEn() : i.name())
                        .orElse(s.itemCode()),
                s.departmentCode(),
                catalog.departmentName(s.departmentCode(), english),
                s.status().name(),
                s.note(),
                s.updatedBy(),
                s.updatedAt());
    }
}
