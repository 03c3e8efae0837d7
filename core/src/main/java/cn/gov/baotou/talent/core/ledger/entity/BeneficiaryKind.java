package cn.gov.baotou.talent.core.ledger.entity;

/** Who receives a grant: a person of the registry (a talent) or an enterprise (a unit). */
public enum BeneficiaryKind {
    PERSON,
    ENTERPRISE
}
