package cn.gov.baotou.talent.core.ledger.boundary;

/**
 * What a finance sends to record its payment: {@code {"financeLevel":"CITY","amountYuan":"100000.00",
 * "paidOn":"2024-10-16","reference":"…"}}, with the request's {@code Idempotency-Key} header.
 */
public record PaymentForm(String financeLevel, String amountYuan, String paidOn, String reference) {}
