package cn.gov.baotou.talent.rareearth.forecast.control;

import cn.gov.baotou.talent.core.ledger.control.Shares;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.report.control.ForecastLine;
import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The measures' cases priced under both versions and summed into forecast lines: one per measure, basis and finance
 * (the city; for measure 2 also each district), the volume divided by the past years into a yearly mean (yuan half-up
 * to the fen, cases rounded).
 */
public final class MeasureForecast {

    /** A measure's name in Chinese and English, for the line's label. */
    public record Name(String zh, String en) {}

    private MeasureForecast() {}

    public static List<ForecastLine> lines(
            List<MeasureCase> cases, int pastYears, Parameters inForce, Parameters draft, IntFunction<Name> names) {
        Map<String, Sum> sums = new TreeMap<>();
        for (MeasureCase c : cases) {
            Shares now = MeasurePricing.split(
                    c.measureNo(), MeasurePricing.price(c.measureNo(), c.facts(), c.decided(), inForce), inForce);
            Shares then = MeasurePricing.split(
                    c.measureNo(), MeasurePricing.price(c.measureNo(), c.facts(), c.decided(), draft), draft);
            sums.computeIfAbsent(key(c, ForecastLine.CITY), k -> new Sum(c, ForecastLine.CITY))
                    .add(now.city(), then.city());
            if (c.measureNo() == 2) {
                sums.computeIfAbsent(key(c, c.districtCode()), k -> new Sum(c, c.districtCode()))
                        .add(now.district(), then.district());
            }
        }
        List<ForecastLine> lines = new ArrayList<>();
        for (Sum s : sums.values()) {
            int years = s.basis == Basis.VOLUME ? pastYears : 1;
            Name name = names.apply(s.measureNo);
            lines.add(new ForecastLine(
                    "rare-earth",
                    MeasurePricing.clause(s.measureNo),
                    name.zh(),
                    name.en(),
                    s.basis,
                    s.finance,
                    BigDecimal.valueOf(s.cases)
                            .divide(BigDecimal.valueOf(years), 0, RoundingMode.HALF_UP)
                            .longValueExact(),
                    s.inForce.divide(BigDecimal.valueOf(years), 2, RoundingMode.HALF_UP),
                    s.draft.divide(BigDecimal.valueOf(years), 2, RoundingMode.HALF_UP)));
        }
        return lines;
    }

    /** Sorts by measure (numerically), basis, then finance: the city first. */
    private static String key(MeasureCase c, String finance) {
        return String.format("%02d/%s/%s", c.measureNo(), c.basis(), ForecastLine.CITY.equals(finance) ? "0" : finance);
    }

    /** The cases and yuan of one measure, basis and finance so far. */
    private static final class Sum {

        final int measureNo;
        final Basis basis;
        final String finance;
        long cases;
        BigDecimal inForce = BigDecimal.ZERO;
        BigDecimal draft = BigDecimal.ZERO;

        Sum(MeasureCase c, String finance) {
            this.measureNo = c.measureNo();
            this.basis = c.basis();
            this.finance = finance;
        }

        void add(Yuan now, Yuan then) {
            cases++;
            inForce = inForce.add(now.amount());
            draft = draft.add(then.amount());
        }
    }
}
