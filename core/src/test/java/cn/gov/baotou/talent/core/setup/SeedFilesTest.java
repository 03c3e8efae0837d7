package cn.gov.baotou.talent.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.registry.entity.CreditCode;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed files are data that code will cite forever: their invariants are checked here, not trusted. */
class SeedFilesTest {

    private final SeedFiles files = new SeedFiles(getClass().getClassLoader());

    @Test
    void theThreePoliciesAndTheNoticeAreInForceFrom5April2022To31December2025() {
        assertThat(files.policies())
                .extracting(SeedFiles.PolicyRow::id)
                .containsExactly("notice", "intake", "services-plan", "rare-earth");
        assertThat(files.policies()).allSatisfy(p -> {
            assertThat(p.validFrom()).isEqualTo(LocalDate.of(2022, 4, 5));
            assertThat(p.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        });
    }

    @Test
    void clauseIdsAreUniqueAndEveryParentComesBeforeItsChildren() {
        Set<String> seen = new HashSet<>();
        for (SeedFiles.ClauseRow c : files.clauses()) {
            assertThat(seen.add(c.id())).as("duplicate clause id %s", c.id()).isTrue();
            if (c.parentId() != null) {
                assertThat(seen).as("parent of %s", c.id()).contains(c.parentId());
                assertThat(c.id()).startsWith(c.parentId() + ".");
            }
            assertThat(c.id()).startsWith(c.policyId() + ".");
            assertThat(c.text()).isNotBlank();
        }
    }

    @Test
    void theClausesTheRulesCiteAreIndexed() {
        Set<String> ids = files.clauses().stream().map(SeedFiles.ClauseRow::id).collect(Collectors.toSet());
        assertThat(ids)
                .contains(
                        "intake.3.1",
                        "intake.3.2.1",
                        "intake.4",
                        "intake.5.5",
                        "intake.6.1",
                        "intake.6.3",
                        "services-plan.4.1.1",
                        "services-plan.4.1.3",
                        "services-plan.4.2.2",
                        "services-plan.4.3",
                        "services-plan.5.1",
                        "services-plan.7",
                        "rare-earth.5",
                        "rare-earth.12",
                        "rare-earth.13",
                        "rare-earth.closing");
        for (int m = 1; m <= 15; m++) {
            assertThat(ids).contains("rare-earth." + m);
        }
    }

    @Test
    void everyLineOfThePolicyTextIsInSomeClause() throws IOException {
        String all = files.clauses().stream().map(SeedFiles.ClauseRow::text).collect(Collectors.joining("\n"));
        String squeezedClauses = all.replaceAll("\\s", "");
        List<String> lines = policyText()
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        // past the title block, every article's text is somewhere in the index (headings are kept apart)
        int start = lines.indexOf("包头市重点产业博士硕士引进行动计划");
        long missing = lines.subList(start, lines.size()).stream()
                .filter(l -> l.length() > 12)
                .map(l -> l.replaceFirst("^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\\([一二三四五六七八九十]+\\)|^\\d+\\.", "")
                        .replaceAll("\\s", ""))
                .filter(l -> !squeezedClauses.contains(l))
                .count();
        assertThat(missing).isZero();
    }

    @Test
    void rareEarthMeasuresNameTheirUnits() {
        Map<String, SeedFiles.ClauseRow> byId =
                files.clauses().stream().collect(Collectors.toMap(SeedFiles.ClauseRow::id, c -> c));
        assertThat(byId.get("rare-earth.5").leadUnits()).containsExactly("市人社局");
        assertThat(byId.get("rare-earth.5").responsibleUnits()).contains("市住建局", "市财政局", "各旗县区");
        assertThat(byId.get("rare-earth.12").leadUnits()).isEmpty();
        assertThat(byId.get("rare-earth.12").responsibleUnits()).contains("稀土高新区");
    }

    @Test
    void nineCountiesAndTheRareEarthZone() {
        List<Map<String, String>> districts = files.csv("seeds/reference/districts.csv");
        assertThat(districts).hasSize(10);
        assertThat(districts)
                .filteredOn(d -> d.get("kind").equals("ZONE"))
                .singleElement()
                .satisfies(d -> assertThat(d.get("shortName")).isEqualTo("稀土高新区"));
        assertThat(districts).allSatisfy(d -> assertThat(d.get("code")).startsWith("1502"));
    }

    @Test
    void demoEnterprisesHaveValidCreditCodesRegisteredInTheirDistrict() {
        Set<String> districts = files.csv("seeds/reference/districts.csv").stream()
                .map(d -> d.get("code"))
                .collect(Collectors.toSet());
        List<Map<String, String>> enterprises = files.csv("seeds/demo/enterprises.csv");
        assertThat(enterprises).hasSizeGreaterThanOrEqualTo(20);
        assertThat(enterprises).allSatisfy(e -> {
            CreditCode code = CreditCode.of(e.get("creditCode"));
            assertThat(code.divisionCode()).isEqualTo(e.get("districtCode"));
            assertThat(districts).contains(e.get("districtCode"));
        });
    }

    @Test
    void demoPersonsHaveValidIdNumbersThatAgreeWithTheirBirthDateAndGender() {
        List<Map<String, String>> persons = files.csv("seeds/demo/persons.csv");
        assertThat(persons).hasSizeGreaterThanOrEqualTo(30);
        assertThat(persons).allSatisfy(p -> {
            IdCardNumber n = IdCardNumber.of(p.get("idNumber"));
            assertThat(n.birthDate()).isEqualTo(LocalDate.parse(p.get("birthDate")));
            assertThat(n.gender().name()).isEqualTo(p.get("gender"));
            // plainly synthetic: sequence numbers 9xx
            assertThat(p.get("idNumber").charAt(14)).isEqualTo('9');
        });
        assertThat(persons).extracting(p -> p.get("name")).contains("王堃", "李喆", "张赟", "刘玥");
    }

    private String policyText() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seeds/policy/baofufa-2022-18.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
