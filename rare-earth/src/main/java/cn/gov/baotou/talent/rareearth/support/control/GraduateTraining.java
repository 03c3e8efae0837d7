package cn.gov.baotou.talent.rareearth.support.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.math.BigDecimal;
import java.util.List;

/** rare-earth.6: funding by the number of graduates enrolled at a training point, at most 50 万元. */
public final class GraduateTraining {

    static final String CLAUSE = "rare-earth.6";

    private GraduateTraining() {}

    public static Support decide(int graduatesEnrolled, Yuan perGraduate, Yuan cap) {
        Yuan amount = perGraduate.times(BigDecimal.valueOf(graduatesEnrolled));
        boolean capped = amount.compareTo(cap) > 0;
        Yuan paid = capped ? cap : amount;
        return new Support(
                paid,
                List.of(Check.passed(
                        "graduateTraining",
                        CLAUSE,
                        CappedShare.BUNDLE,
                        capped ? "check.training.capped" : "check.training.within",
                        graduatesEnrolled,
                        perGraduate.toString(),
                        amount.toString(),
                        cap.toString(),
                        paid.toString())));
    }
}
