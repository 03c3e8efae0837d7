package cn.gov.baotou.talent.intake.hire.control;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;

/**
 * Who coordinates a hire's services (intake.3.2.3): 博士研究生由市委人才办, 硕士研究生由属地党委人才办 — the city
 * office for a PhD, the district office of the hire's district for a master.
 */
public final class ServiceOwner {

    public static final String CLAUSE = "intake.3.2.3";

    private ServiceOwner() {}

    public static Role of(Degree degree) {
        return degree == Degree.DOCTOR ? Role.CITY_OFFICE : Role.DISTRICT_OFFICE;
    }
}
