package cn.gov.baotou.talent.intake.eligibility.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The plan's numbers in force on the assessment day, read from the policy parameters: age limits, subsidies, the city's
 * share, the key-project threshold and the key industries. Never constants: a new policy version changes them.
 */
public record IntakeStandard(
        int doctorMaxAge,
        int masterMaxAge,
        Yuan doctorSubsidy,
        Yuan masterSubsidy,
        BigDecimal cityShare,
        Yuan keyProjectMinInvestment,
        Set<String> keyIndustries) {

    public int maxAge(Degree degree) {
        return degree == Degree.DOCTOR ? doctorMaxAge : masterMaxAge;
    }

    public Yuan subsidy(Degree degree) {
        return degree == Degree.DOCTOR ? doctorSubsidy : masterSubsidy;
    }
}
