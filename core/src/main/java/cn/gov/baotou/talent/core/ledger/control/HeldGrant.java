package cn.gov.baotou.talent.core.ledger.control;

import java.time.LocalDate;

/** The grant a beneficiary already holds for a purpose: a refusal names it, and once paid it is never replaced. */
public record HeldGrant(long id, FundingOffer offer, LocalDate basisDate, boolean anythingPaid) {}
