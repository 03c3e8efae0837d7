package cn.gov.baotou.talent.core.ledger.entity;

/** The finance that pays its share of a grant: 市级财政 or 属地财政 (the grant's district). */
public enum FinanceLevel {
    CITY,
    DISTRICT
}
