package cn.gov.baotou.talent.core.ledger.boundary;

/**
 * What the city office sends to recover funds: {@code {"amountYuan":"80000.00","decidedOn":"2025-03-01",
 * "reason":"…"}}, with the request's {@code Idempotency-Key} header.
 */
public record RecoveryForm(String amountYuan, String decidedOn, String reason) {}
