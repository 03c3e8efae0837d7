package cn.gov.baotou.talent.intake.eligibility.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.math.BigDecimal;

/** 市级财政、属地财政 "1:1": the city's share of a total, half-up to the fen, and the district's the rest. */
public record SubsidySplit(Yuan total, Yuan city, Yuan district) {

    public static final SubsidySplit NONE = new SubsidySplit(Yuan.ZERO, Yuan.ZERO, Yuan.ZERO);

    public static SubsidySplit of(Yuan total, BigDecimal cityShare) {
        Yuan city = total.times(cityShare);
        return new SubsidySplit(total, city, total.minus(city));
    }
}
