package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.ledger.control.Shares;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import java.util.OptionalInt;

/**
 * Who pays an approved application's grant, and by when — only as far as a text says. Measure 2 is intake's subsidy:
 * city and district finance “1:1” ({@code rareEarth.intake.cityShare}, the city's share half-up to the fen, the district
 * the rest) and due within intake 五（五）'s working days ({@code intake.payment.workingDays}). No other measure names a
 * district share or a deadline: the city pays it all, and it has no due date, so it is never overdue.
 */
public final class PaymentTerms {

    public static final String CITY_SHARE = "rareEarth.intake.cityShare";
    public static final String WORKING_DAYS = "intake.payment.workingDays";

    private PaymentTerms() {}

    /** The split the decision's parameters give: measure 2's by its city share, any other the city's alone. */
    public static Shares split(int measureNo, Yuan total, Parameters p) {
        if (measureNo != 2) {
            return new Shares(total, Yuan.ZERO);
        }
        Yuan city = total.times(p.decimal(CITY_SHARE));
        return new Shares(city, total.minus(city));
    }

    /** The working days within which the grant is due (measure 2: intake.5.5's); none for any other measure. */
    public static OptionalInt workingDays(int measureNo, Parameters p) {
        return measureNo == 2 ? OptionalInt.of(p.integer(WORKING_DAYS)) : OptionalInt.empty();
    }
}
