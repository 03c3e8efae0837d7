package cn.gov.baotou.talent.intake.eligibility.control;

/** 博士研究生 or 硕士研究生: the two degrees the plan brings in (intake.3.1). */
public enum Degree {
    DOCTOR,
    MASTER
}
