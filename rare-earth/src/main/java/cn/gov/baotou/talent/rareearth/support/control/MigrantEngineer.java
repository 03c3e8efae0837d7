package cn.gov.baotou.talent.rareearth.support.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 候鸟式 engineers (rare-earth.5): 30% of last year's taxable labour income in Baotou, “同一人补助最高不超过10万元”. An
 * engineer may apply year after year (each year's income is a new basis); how far the 10 万 reaches is the parameter
 * {@code rareEarth.migrantEngineer.capScope}: {@link CapScope#PERSON_TOTAL} (the platform's default reading) — the
 * person's total across years, each year paying at most what remains of it — or {@link CapScope#PER_YEAR}.
 */
public final class MigrantEngineer {

    public static final String CLAUSE = "rare-earth.5";
    public static final String CAP_SCOPE = "rareEarth.migrantEngineer.capScope";

    /** How far the cap of 10 万 reaches. */
    public enum CapScope {
        /** 同一人: the person's total over every year's support. */
        PERSON_TOTAL,
        /** Each year's support on its own. */
        PER_YEAR;

        /** The parameter's text; a value a version may not carry is a broken version, named as such. */
        public static CapScope of(String text) {
            try {
                return valueOf(text.strip());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalStateException(CAP_SCOPE + " must be PERSON_TOTAL or PER_YEAR, is " + text, e);
            }
        }
    }

    private MigrantEngineer() {}

    /**
     * This year's support: {@code ratio} of {@code income}, at most {@code cap} — under {@code PERSON_TOTAL} at most
     * what remains of it after {@code grantedBefore} (the person's support of other years), never below 0.
     */
    public static Support decide(Yuan income, BigDecimal ratio, Yuan cap, CapScope scope, Yuan grantedBefore) {
        Yuan before = grantedBefore == null ? Yuan.ZERO : grantedBefore;
        Yuan limit = scope == CapScope.PER_YEAR ? cap : remaining(cap, before);
        Support share = CappedShare.of("migrantEngineer", CLAUSE, income, ratio, limit);
        List<Check> checks = new ArrayList<>();
        if (scope == CapScope.PER_YEAR) {
            checks.addAll(share.checks());
            checks.add(Check.passed(
                    "capScope",
                    CLAUSE,
                    CappedShare.BUNDLE,
                    "check.migrant.perYear",
                    cap.toString(),
                    before.toString()));
        } else {
            Yuan wanted = income.times(ratio);
            boolean capped = wanted.compareTo(limit) > 0;
            checks.add(Check.passed(
                    "migrantEngineer",
                    CLAUSE,
                    CappedShare.BUNDLE,
                    capped ? "check.migrant.personTotal.capped" : "check.migrant.personTotal.within",
                    income.toString(),
                    percent(ratio),
                    wanted.toString(),
                    cap.toString(),
                    before.toString(),
                    limit.toString(),
                    share.amount().toString()));
            if (limit.isZero()) {
                // nothing remains: the application is refused, not granted 0 yuan
                checks.add(Check.failed(
                        "capReached",
                        CLAUSE,
                        CappedShare.BUNDLE,
                        "check.migrant.capReached",
                        cap.toString(),
                        before.toString()));
            }
        }
        return new Support(share.amount(), checks);
    }

    private static Yuan remaining(Yuan cap, Yuan before) {
        return before.compareTo(cap) >= 0 ? Yuan.ZERO : cap.minus(before);
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
