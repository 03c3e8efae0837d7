package cn.gov.baotou.talent.intake.recovery.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The default recovery when a hire leaves before the service period ends (intake.6.1 服务期不少于 5 年, intake.6.3
 * 追回相应补贴资金): the unserved share of the period, pro rata by full months served, split back to each finance in
 * the proportion it paid. The city office decides the recovery; this is its proposal.
 */
public record RecoveryProposal(int servedMonths, int unservedMonths, Yuan total, Yuan city, Yuan district) {

    public static RecoveryProposal of(
            LocalDate signedOn, LocalDate departedOn, int periodMonths, Yuan cityPaid, Yuan districtPaid) {
        if (departedOn.isBefore(signedOn)) {
            throw new IllegalArgumentException("departure before signing");
        }
        int served = (int) Math.min(ChronoUnit.MONTHS.between(signedOn, departedOn), periodMonths);
        int unserved = periodMonths - served;
        Yuan paid = cityPaid.plus(districtPaid);
        if (unserved == 0 || paid.isZero()) {
            return new RecoveryProposal(served, unserved, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO);
        }
        Yuan total = new Yuan(paid.amount()
                .multiply(BigDecimal.valueOf(unserved))
                .divide(BigDecimal.valueOf(periodMonths), 2, RoundingMode.HALF_UP));
        Yuan city = new Yuan(total.amount().multiply(cityPaid.amount()).divide(paid.amount(), 2, RoundingMode.HALF_UP));
        return new RecoveryProposal(served, unserved, total, city, total.minus(city));
    }
}
