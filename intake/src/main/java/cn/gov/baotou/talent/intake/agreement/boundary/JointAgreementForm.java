package cn.gov.baotou.talent.intake.agreement.boundary;

import java.time.LocalDate;

/** What a district office or the city office enters for a joint agreement: with whom, when, until when, the copy. */
public record JointAgreementForm(Long enterpriseId, LocalDate signedOn, LocalDate validTo, Long documentId) {}
