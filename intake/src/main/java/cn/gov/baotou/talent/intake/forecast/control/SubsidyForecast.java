package cn.gov.baotou.talent.intake.forecast.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.report.control.ForecastLine;
import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.SubsidySplit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan's subsidy (intake.3.2.1) for counted hires under two versions of the parameters: each hire's subsidy by
 * degree, split as the ledger books it (the city's share half-up to the fen, the district the rest), times the hires;
 * for the volume, divided by the past years (a yearly mean, half-up to the fen; the cases shown are the mean rounded).
 */
public final class SubsidyForecast {

    static final String POLICY = "intake";
    static final String DOCTOR = "intake.subsidy.doctorYuan";
    static final String MASTER = "intake.subsidy.masterYuan";
    static final String CITY_SHARE = "intake.subsidy.cityShare";

    private SubsidyForecast() {}

    /** Two lines per count — the city's share and the district's — with the yuan under each version. */
    public static List<ForecastLine> lines(
            List<HireCount> counts, int pastYears, Parameters inForce, Parameters draft) {
        List<ForecastLine> lines = new ArrayList<>();
        for (HireCount c : counts) {
            if (c.hires() == 0) {
                continue;
            }
            SubsidySplit now = split(c.degree(), inForce);
            SubsidySplit then = split(c.degree(), draft);
            int years = c.basis() == Basis.VOLUME ? pastYears : 1;
            String clause = inForce.clauseOf(key(c.degree()));
            long cases = mean(c.hires(), years);
            lines.add(line(
                    c,
                    clause,
                    ForecastLine.CITY,
                    cases,
                    times(now.city(), c.hires(), years),
                    times(then.city(), c.hires(), years)));
            lines.add(line(
                    c,
                    clause,
                    c.districtCode(),
                    cases,
                    times(now.district(), c.hires(), years),
                    times(then.district(), c.hires(), years)));
        }
        return lines;
    }

    /** One hire's subsidy under {@code p}, split between the city and the district. */
    public static SubsidySplit split(Degree degree, Parameters p) {
        return SubsidySplit.of(p.money(key(degree)), p.decimal(CITY_SHARE));
    }

    static String key(Degree degree) {
        return degree == Degree.DOCTOR ? DOCTOR : MASTER;
    }

    /** {@code hires} times {@code each}, over {@code years}, half-up to the fen. */
    static BigDecimal times(Yuan each, long hires, int years) {
        return each.amount()
                .multiply(BigDecimal.valueOf(hires))
                .divide(BigDecimal.valueOf(years), 2, RoundingMode.HALF_UP);
    }

    static long mean(long hires, int years) {
        return BigDecimal.valueOf(hires)
                .divide(BigDecimal.valueOf(years), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static ForecastLine line(
            HireCount c, String clause, String finance, long cases, BigDecimal inForce, BigDecimal draft) {
        boolean doctor = c.degree() == Degree.DOCTOR;
        return new ForecastLine(
                POLICY,
                clause,
                doctor ? "博士研究生一次性补贴" : "硕士研究生一次性补贴",
                doctor ? "One-off PhD subsidy" : "One-off master subsidy",
                c.basis(),
                finance,
                cases,
                inForce,
                draft);
    }
}
