package cn.gov.baotou.talent.core.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.parameter.control.ParameterFile;
import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.VersionPlan;
import cn.gov.baotou.talent.core.parameter.entity.ParameterType;
import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The 2022 version in the seeds module: every row well formed, cited to an existing clause of its policy, alone. */
class ParameterSeedTest {

    private final SeedFiles files = new SeedFiles(getClass().getClassLoader());

    @Test
    void everyRowParsesAndCitesAClauseOfItsOwnPolicyInClausesJson() throws IOException {
        ParameterFile file = ParameterFile.read(seedText());
        assertThat(file.errors()).isEmpty();
        Map<String, String> clausePolicies = files.clauses().stream()
                .collect(Collectors.toMap(SeedFiles.ClauseRow::id, SeedFiles.ClauseRow::policyId));
        VersionPlan plan = VersionPlan.first(file, clausePolicies);
        assertThat(plan.added()).hasSize(file.rows().size()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(plan.added()).allSatisfy(v -> assertThat(clausePolicies).containsEntry(v.clauseId(), v.policyId()));
        assertThat(plan.closings()).isEmpty();
    }

    @Test
    void everyKeyHasExactlyOne2022RowValidFrom5April2022To31December2025() {
        List<ParameterValue> all = ParameterHistory.seed().all();
        Map<String, Long> perKey =
                all.stream().collect(Collectors.groupingBy(ParameterValue::key, Collectors.counting()));
        assertThat(perKey.values()).containsOnly(1L);
        assertThat(all).allSatisfy(v -> {
            assertThat(v.version()).isEqualTo("2022");
            assertThat(v.validFrom()).isEqualTo(LocalDate.of(2022, 4, 5));
            assertThat(v.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(v.key()).startsWith(module(v.policyId()) + ".");
        });
    }

    @Test
    void periodsOfOneKeyNeverOverlap() {
        List<ParameterValue> all = ParameterHistory.seed().all();
        for (ParameterValue a : all) {
            assertThat(all).filteredOn(b -> b != a).noneMatch(a::overlaps);
        }
    }

    @Test
    void amountsAreWrittenInYuanWithTwoDecimals() throws IOException {
        List<String> moneyLines =
                seedText().lines().filter(l -> l.contains(",MONEY,")).toList();
        assertThat(moneyLines).isNotEmpty().allSatisfy(l -> assertThat(l).containsPattern(",MONEY,\\d+\\.\\d{2},元,"));
        assertThat(ParameterHistory.seed().all())
                .filteredOn(v -> v.type() == ParameterType.MONEY)
                .allSatisfy(v -> assertThat(v.unit()).isEqualTo("元"));
    }

    @Test
    void theSeedIsUtf8WithoutAByteOrderMark() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ParameterHistory.SEED)) {
            byte[] head = in.readNBytes(3);
            assertThat(new String(head, StandardCharsets.UTF_8)).isEqualTo("pol");
        }
    }

    private static String module(String policyId) {
        return switch (policyId) {
            case "services-plan" -> "servicesPlan";
            case "rare-earth" -> "rareEarth";
            default -> policyId;
        };
    }

    private String seedText() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ParameterHistory.SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
