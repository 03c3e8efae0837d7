package cn.gov.baotou.talent.core.registry.boundary;

import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import java.time.LocalDate;

/** An enterprise as the API shows it. */
public record EnterpriseView(
        long id,
        String creditCode,
        String name,
        String districtCode,
        String districtName,
        String industryCode,
        String industryName,
        boolean aboveDesignatedSize,
        boolean highTech,
        String highTechCertificateNo,
        LocalDate highTechValidTo,
        String keyProjectInvestmentYuan,
        boolean rareEarth,
        boolean industrial) {

    static EnterpriseView of(Enterprise e) {
        return new EnterpriseView(
                e.id(),
                e.creditCode().value(),
                e.name(),
                e.district().code(),
                e.district().name(),
                e.industry().code(),
                e.industry().name(),
                e.aboveDesignatedSize(),
                e.highTech(),
                e.highTechCertificateNo(),
                e.highTechValidTo(),
                e.keyProjectInvestmentYuan().toPlainString(),
                e.rareEarth(),
                e.industrial());
    }
}
