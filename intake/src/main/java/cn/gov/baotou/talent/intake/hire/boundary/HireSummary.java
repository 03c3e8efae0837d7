package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.intake.hire.entity.Hire;
import java.time.LocalDate;

/**
 * A hire as list pages and the API list it. The 身份证号 is masked unless the caller reads personal data (the city
 * office) or is the person's own enterprise.
 */
public record HireSummary(
        long id,
        String status,
        String name,
        String idNumber,
        String degree,
        long enterpriseId,
        String enterpriseName,
        String districtCode,
        LocalDate submittedOn,
        boolean eligible,
        boolean exceptionRequired,
        boolean exceptionApproved,
        LocalDate agreementSignedOn) {

    public static HireSummary of(Hire h, boolean clearIdNumber) {
        return new HireSummary(
                h.id(),
                h.status().name(),
                h.person().name(),
                clearIdNumber
                        ? h.person().idNumber().value()
                        : h.person().idNumber().masked(),
                h.facts().degree().name(),
                h.enterprise().id(),
                h.enterprise().name(),
                h.districtCode(),
                h.submittedOn(),
                h.eligibility().eligible(),
                h.eligibility().exceptionRequired(),
                h.progress().exceptionApproved(),
                h.progress().agreementSignedOn());
    }
}
