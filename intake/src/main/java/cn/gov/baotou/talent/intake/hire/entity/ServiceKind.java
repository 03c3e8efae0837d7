package cn.gov.baotou.talent.intake.hire.entity;

/** The services owed to an introduced PhD or master (intake.3.2.3: 配偶就业、子女入学、医疗健康等). */
public enum ServiceKind {
    /** 配偶就业. */
    SPOUSE_EMPLOYMENT,
    /** 子女入学. */
    CHILD_SCHOOLING,
    /** 医疗健康. */
    MEDICAL_CARE
}
