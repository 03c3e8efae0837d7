package cn.gov.baotou.talent.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.ledger.entity.FundingPurpose;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The purposes file is data every grant cites: its codes are unique and each rests on an indexed clause. */
class FundingPurposesTest {

    private final FundingPurposes purposes = LedgerSeeds.purposes();

    @Test
    void everyPurposeHasAUniqueCodeBothNamesAndAClauseOfItsPolicy() {
        Map<String, String> clausePolicy = new SeedFiles(LedgerSeeds.classLoader())
                .clauses().stream().collect(Collectors.toMap(SeedFiles.ClauseRow::id, SeedFiles.ClauseRow::policyId));
        Set<String> codes = new HashSet<>();
        assertThat(purposes.all()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(p -> {
            assertThat(codes.add(p.code())).as("duplicate %s", p.code()).isTrue();
            assertThat(p.code()).matches("[A-Z][A-Z_]{2,40}");
            assertThat(p.name()).isNotBlank();
            assertThat(p.nameEn()).isNotBlank();
            assertThat(clausePolicy).containsEntry(p.clauseId(), p.policyId());
        });
    }

    @Test
    void theIntakeSubsidyIsOnePurposeWhicheverPolicyPaysIt() {
        FundingPurpose p = purposes.of("TALENT_INTRO_SUBSIDY").orElseThrow();
        assertThat(p.clauseId()).isEqualTo("intake.3.2.1");
        assertThat(p.qualifier()).isEqualTo(FundingPurpose.Qualifier.NONE);
        assertThat(purposes.of("TALENT_INTRO_SUBSIDY_2024")).isEmpty();
        // 候鸟式 engineers are supported per income year (rare-earth.5): a second year is no duplicate
        assertThat(purposes.of("MIGRANT_ENGINEER_SUBSIDY_2024")).isPresent();
        assertThat(purposes.of("MIGRANT_ENGINEER_SUBSIDY")).isEmpty();
    }

    @Test
    void aYearlyOrPerCasePurposeIsBookedWithItsYearOrCase() {
        assertThat(purposes.of("CONTRIBUTION_REWARD_2024").map(FundingPurpose::clauseId))
                .contains("rare-earth.13");
        assertThat(purposes.of("CONTRIBUTION_REWARD")).isEmpty();
        assertThat(purposes.of("CONTRIBUTION_REWARD_24")).isEmpty();
        assertThat(purposes.of("PATENT_REWARD_ZL2023-1").map(FundingPurpose::clauseId))
                .contains("rare-earth.11");
        assertThat(purposes.of("PATENT_REWARD_zl")).isEmpty();
        assertThat(purposes.of("UNHEARD_OF")).isEmpty();
        assertThat(purposes.of(null)).isEmpty();
        FundingPurpose reward = purposes.of("CONTRIBUTION_REWARD_2024").orElseThrow();
        assertThat(reward.label("CONTRIBUTION_REWARD_2024", false)).isEqualTo("地方贡献奖励（2024）");
        assertThat(reward.label("CONTRIBUTION_REWARD_2024", true)).isEqualTo("Reward of the local contribution (2024)");
    }
}
