package cn.gov.baotou.talent.intake.agreement.boundary;

import cn.gov.baotou.talent.intake.agreement.entity.JointAgreement;
import java.time.LocalDate;

/** A joint agreement as the API and the pages show it. */
public record JointAgreementView(
        long id,
        long enterpriseId,
        String enterpriseName,
        String districtCode,
        LocalDate signedOn,
        LocalDate validTo,
        Long documentId,
        String recordedBy,
        boolean validToday) {

    public static JointAgreementView of(JointAgreement a, LocalDate today) {
        return new JointAgreementView(
                a.id(),
                a.enterprise().id(),
                a.enterprise().name(),
                a.districtCode(),
                a.signedOn(),
                a.validTo(),
                a.documentId(),
                a.recordedBy(),
                a.validOn(today));
    }
}
