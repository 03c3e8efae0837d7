/**
 * The audit trail: Envers keeps every revision of every audited record (who, when, before and after) and the city
 * office reads it, personal data masked; and the activity feed of each case (流程记录), one entry per state transition
 * with its reason, appended in the transition's own transaction. Both are append-only: nothing here changes history.
 */
package cn.gov.baotou.talent.core.audit;
