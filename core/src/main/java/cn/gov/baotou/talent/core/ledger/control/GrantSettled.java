package cn.gov.baotou.talent.core.ledger.control;

import cn.gov.baotou.talent.core.ledger.entity.GrantStatus;

/**
 * A CDI event: a grant was paid in full ({@link GrantStatus#PAID}) or had a recovery booked ({@link
 * GrantStatus#RECOVERED}), fired in the transaction that wrote it. The module that booked the grant finds its case by
 * {@code sourceModule} and {@code sourceReference} and moves it in the same transaction, so nobody's read of the case
 * has to ask the ledger and write.
 */
public record GrantSettled(long grantId, String sourceModule, String sourceReference, GrantStatus status) {}
