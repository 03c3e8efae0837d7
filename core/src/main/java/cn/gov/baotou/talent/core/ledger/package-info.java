/**
 * The funding ledger (资金台账), one for all modules: every grant of money (资金支持) to a person or an enterprise for a
 * purpose, split between city and district finance; the payment of each finance's share (拨付), once, in full, by the
 * due date counted in working days; and recoveries (追回) split back to the finances. The database keeps one grant per
 * beneficiary and purpose and one payment per share and idempotency key, so nothing is funded or paid twice, even
 * under concurrent requests; where two policies or versions offer the same support, {@code FundingPrecedence} applies
 * 时间从新、标准从高、资金支持不重复 (rare-earth.closing). Modules book through {@code boundary.FundingLedger}.
 */
package cn.gov.baotou.talent.core.ledger;
