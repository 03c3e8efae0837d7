package cn.gov.baotou.talent.rareearth.support.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * rare-earth.13: from the hiring date, for 3 consecutive years, 100% of the person's local contribution, at most 50
 * 万元 a year. Reward year 1 begins on the hiring date, year 2 one year later, and so on; a period that does not begin
 * on such an anniversary, or begins after the last year, gets nothing.
 */
public final class ContributionReward {

    static final String CLAUSE = "rare-earth.13";

    private ContributionReward() {}

    /** The reward year a period starting on {@code periodStart} is (1..years), or 0. */
    public static int yearOfReward(LocalDate hiredOn, LocalDate periodStart, int years) {
        for (int y = 1; y <= years; y++) {
            if (hiredOn.plusYears(y - 1L).equals(periodStart)) {
                return y;
            }
        }
        return 0;
    }

    public static Reward decide(
            LocalDate hiredOn,
            LocalDate periodStart,
            Yuan localContribution,
            BigDecimal rate,
            Yuan yearlyCap,
            int years) {
        int year = yearOfReward(hiredOn, periodStart, years);
        List<Check> checks = new ArrayList<>();
        if (year == 0) {
            boolean after = !periodStart.isBefore(hiredOn.plusYears(years));
            checks.add(Check.failed(
                    "rewardYear",
                    CLAUSE,
                    CappedShare.BUNDLE,
                    after ? "check.reward.afterLastYear" : "check.reward.notAnniversary",
                    hiredOn.toString(),
                    periodStart.toString(),
                    years));
            return new Reward(Yuan.ZERO, 0, checks);
        }
        checks.add(Check.passed(
                "rewardYear",
                CLAUSE,
                CappedShare.BUNDLE,
                "check.reward.year",
                year,
                years,
                periodStart.toString(),
                periodStart.plusYears(1).minusDays(1).toString()));
        Support share = CappedShare.of("contribution", CLAUSE, localContribution, rate, yearlyCap);
        checks.addAll(share.checks());
        return new Reward(share.amount(), year, checks);
    }

    /** The reward for one year, which year it is (0 for none), and why. */
    public record Reward(Yuan amount, int yearOfReward, List<Check> checks) {}
}
