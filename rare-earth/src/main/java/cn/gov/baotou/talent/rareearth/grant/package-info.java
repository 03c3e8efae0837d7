/**
 * Applications under the paying measures and their decisions (申报与审批): an enterprise applies for itself or for a
 * person it employs, the measure's rule decides and explains each condition with its clause, the measure's lead
 * department reviews first and the city office second, and the city office's approval books the grant in the core
 * ledger — where 资金支持不重复 may refuse it, naming the grant the beneficiary already holds.
 */
package cn.gov.baotou.talent.rareearth.grant;
