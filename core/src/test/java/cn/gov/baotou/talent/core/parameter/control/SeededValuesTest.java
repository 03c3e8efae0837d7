package cn.gov.baotou.talent.core.parameter.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every number of 包府发〔2022〕18号, as read from its text, against the seeded 2022 version: value and clause. */
class SeededValuesTest {

    /** key → value and clause, as the policy text gives them (以上/以下 include the number, 超过 does not). */
    private static final String EXPECTED =
            """
            intake.target.year                                 2022            intake.1
            intake.target.doctors                              30              intake.1
            intake.target.masters                              100             intake.1
            intake.age.doctorMax                               40              intake.3.1
            intake.age.masterMax                               30              intake.3.1
            intake.subsidy.doctorYuan                          200000.00       intake.3.2.1
            intake.subsidy.masterYuan                          100000.00       intake.3.2.1
            intake.subsidy.cityShare                           0.5             intake.3.2.1
            intake.scope.keyProjectMinInvestmentYuan           1000000000.00   intake.4
            intake.payment.workingDays                         10              intake.5.5
            intake.service.years                               5               intake.6.1
            servicesPlan.scope.keyProjectMinInvestmentYuan     1000000000.00   services-plan.3
            servicesPlan.quota.revenue.tier1MinYuan            10000000000.00  services-plan.4.1.1
            servicesPlan.quota.revenue.tier1Nominees           2               services-plan.4.1.1
            servicesPlan.quota.revenue.tier2MinYuan            5000000000.00   services-plan.4.1.2
            servicesPlan.quota.revenue.tier2Nominees           1               services-plan.4.1.2
            servicesPlan.quota.revenue.consecutiveSumMinYuan   5000000000.00   services-plan.4.1.3
            servicesPlan.quota.revenue.consecutiveYears        2               services-plan.4.1.3
            servicesPlan.quota.revenue.consecutiveNominees     1               services-plan.4.1.3
            servicesPlan.quota.investment.tier1MinYuan         10000000000.00  services-plan.4.2.1
            servicesPlan.quota.investment.tier1Nominees        2               services-plan.4.2.1
            servicesPlan.quota.investment.tier2MinYuan         5000000000.00   services-plan.4.2.2
            servicesPlan.quota.investment.tier2Nominees        1               services-plan.4.2.2
            servicesPlan.quota.investment.consecutiveSumMinYuan 5000000000.00  services-plan.4.2.3
            servicesPlan.quota.investment.consecutiveYears     2               services-plan.4.2.3
            servicesPlan.quota.investment.consecutiveNominees  1               services-plan.4.2.3
            servicesPlan.application.firstWindowStart          03-01           services-plan.5.1
            servicesPlan.application.firstWindowEnd            03-10           services-plan.5.1
            servicesPlan.application.secondWindowStart         09-01           services-plan.5.1
            servicesPlan.application.secondWindowEnd           09-10           services-plan.5.1
            servicesPlan.service.itemCount                     16              services-plan.6.1
            servicesPlan.service.periodEnd                     2025-12-31      services-plan.7
            rareEarth.teams.target                             5               rare-earth.1
            rareEarth.teams.targetYear                         2022            rare-earth.1
            rareEarth.intake.doctorTarget                      10              rare-earth.2
            rareEarth.intake.masterTarget                      50              rare-earth.2
            rareEarth.intake.targetYear                        2022            rare-earth.2
            rareEarth.intake.doctorSubsidyYuan                 200000.00       rare-earth.2
            rareEarth.intake.masterSubsidyYuan                 100000.00       rare-earth.2
            rareEarth.intake.cityShare                         0.5             rare-earth.2
            rareEarth.cultivation.targetMin                    1               rare-earth.3
            rareEarth.cultivation.targetMax                    2               rare-earth.3
            rareEarth.cultivation.targetYear                   2022            rare-earth.3
            rareEarth.cultivation.minYuan                      50000.00        rare-earth.3
            rareEarth.cultivation.maxYuan                      200000.00       rare-earth.3
            rareEarth.migrantEngineer.ratio                    0.30            rare-earth.5
            rareEarth.migrantEngineer.capScope                 PERSON_TOTAL    rare-earth.5
            rareEarth.migrantEngineer.capYuan                  100000.00       rare-earth.5
            rareEarth.graduateTraining.targetPerYear           100             rare-earth.6
            rareEarth.graduateTraining.capYuan                 500000.00       rare-earth.6
            rareEarth.schoolTraining.targetPerYear             1000            rare-earth.7
            rareEarth.cooperation.funding                      视情况给予经费支持       rare-earth.8
            rareEarth.keyProblems.minPerYear                   5               rare-earth.9
            rareEarth.keyProblems.maxPerYear                   10              rare-earth.9
            rareEarth.award.matchingRatio                      1               rare-earth.10
            rareEarth.patent.capYuan                           100000.00       rare-earth.11
            rareEarth.events.ratio                             0.50            rare-earth.12
            rareEarth.events.capYuan                           500000.00       rare-earth.12
            rareEarth.contribution.ratio                       1.00            rare-earth.13
            rareEarth.contribution.capYuanPerYear              500000.00       rare-earth.13
            rareEarth.contribution.years                       3               rare-earth.13
            rareEarth.contribution.priorEmploymentYears        2               rare-earth.13
            rareEarth.contribution.enterpriseTaxAboveYuan      10000000.00     rare-earth.13
            rareEarth.contribution.lowestTalentClass           6               rare-earth.13
            """;

    @Test
    void everySeededValueIsTheNumberOfItsClause() {
        Map<String, String> expected = new TreeMap<>();
        EXPECTED.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
            String[] f = l.split("\\s+");
            expected.put(f[0], f[1] + " " + f[2]);
        });
        Map<String, String> seeded = new TreeMap<>();
        ParameterHistory.seed()
                .at(LocalDate.of(2024, 6, 1))
                .all()
                .forEach(v -> seeded.put(v.key(), v.value() + " " + v.clauseId()));
        assertThat(seeded).containsExactlyEntriesOf(expected);
    }
}
