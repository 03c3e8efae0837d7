package cn.gov.baotou.talent.core.registry.boundary;

import java.time.LocalDate;

/** What a caller sends to register an enterprise; every field is checked before anything is written. */
public record EnterpriseForm(
        String creditCode,
        String name,
        String districtCode,
        String industryCode,
        Boolean aboveDesignatedSize,
        Boolean highTech,
        String highTechCertificateNo,
        LocalDate highTechValidTo,
        String keyProjectInvestmentYuan,
        Boolean rareEarth,
        Boolean industrial) {}
