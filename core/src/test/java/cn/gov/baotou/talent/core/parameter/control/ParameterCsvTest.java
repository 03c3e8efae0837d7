package cn.gov.baotou.talent.core.parameter.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft written as a version file reads back as the same values, whatever its descriptions hold. */
class ParameterCsvTest {

    @Test
    void theSeedWrittenAndReadAgainIsTheSameHistory() {
        ParameterHistory seed = ParameterHistory.seed();
        String written = ParameterCsv.write(seed.all());
        assertThat(ParameterHistory.read(written).all()).isEqualTo(seed.all());
        assertThat(written).startsWith("policy,clause,key,type,value,unit,description,version,validFrom,validTo\n");
    }

    @Test
    void commasQuotesAndLineBreaksInADescriptionSurviveAsOneField() {
        ParameterValue v = DraftComparisonTest.doctor("300000.00", "2026-01-01", null);
        ParameterValue described = new ParameterValue(
                v.key(),
                v.policyId(),
                v.clauseId(),
                v.type(),
                v.value(),
                v.unit(),
                "博士补贴, 即“30 万元\"\n（草稿）",
                v.version(),
                v.validFrom(),
                v.validTo());
        ParameterFile read = ParameterFile.read(ParameterCsv.write(List.of(described)));
        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.value().description()).isEqualTo("博士补贴, 即“30 万元\" （草稿）");
            assertThat(r.value().validTo()).isNull();
            assertThat(r.value().validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        });
    }

    @Test
    void draftStartsTheDayAfterTheNewestVersionEndedOrTomorrowWhileOneIsInForce() {
        ParameterHistory seed = ParameterHistory.seed();
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertThat(DraftStart.after(seed.newestOn(today).all(), today)).isEqualTo(LocalDate.of(2026, 1, 1));
        LocalDate in2024 = LocalDate.of(2024, 6, 1);
        assertThat(DraftStart.after(seed.newestOn(in2024).all(), in2024)).isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(DraftStart.after(List.of(), today)).isEqualTo(today.plusDays(1));
        assertThat(DraftStart.label(LocalDate.of(2027, 1, 1), java.util.Set.of("2022", "2026")))
                .isEqualTo("2027");
        assertThat(DraftStart.label(LocalDate.of(2026, 12, 7), java.util.Set.of("2022", "2026", "2026b")))
                .isEqualTo("2026c");
    }
}
