package cn.gov.baotou.talent.intake.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.intake.demand.control.DemandDraft;
import cn.gov.baotou.talent.intake.demand.entity.DemandContent;
import cn.gov.baotou.talent.intake.demand.entity.Discipline;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A demand as typed: read into its content, or refused naming every bad field at once. */
class DemandDraftTest {

    static final Set<String> CODES =
            Disciplines.all().stream().map(Discipline::code).collect(Collectors.toSet());

    @Test
    void theFourteenDisciplineCategoriesAreReadFromTheSeeds() {
        assertThat(Disciplines.all()).hasSize(14);
        assertThat(Disciplines.byCode("08").orElseThrow().name()).isEqualTo("工学");
    }

    @Test
    void aCompleteDraftIsReadIntoItsContent() {
        DemandContent c = Drafts.magnetEngineer().check(CODES);
        assertThat(c.headcount()).isEqualTo(2);
        assertThat(c.degree()).isEqualTo(Degree.DOCTOR);
        assertThat(c.workType()).isEqualTo(WorkType.RESEARCH_DEVELOPMENT);
        assertThat(c.salaryMin().toString()).isEqualTo("250000.00");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        DemandDraft bad = new DemandDraft(
                " ", "0", "BACHELOR", "99", "", "OTHER", null, "-1", "abc", "x".repeat(101), "123", "not-mail");
        assertThatThrownBy(() -> bad.check(CODES))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly(
                                "positionTitle",
                                "headcount",
                                "degree",
                                "disciplineCode",
                                "majors",
                                "workType",
                                "duties",
                                "salaryMinYuan",
                                "salaryMaxYuan",
                                "workLocation",
                                "contactPhone",
                                "contactEmail"));
    }

    @Test
    void aSalaryRangeRunsFromTheLowerToTheHigherAmount() {
        DemandDraft upsideDown = with(300000, 200000);
        assertThatThrownBy(() -> upsideDown.check(CODES))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("salaryMaxYuan", "demand.salary.range")));
        assertThat(with(300000, 300000).check(CODES).salaryMax().toString()).isEqualTo("300000.00");
    }

    @Test
    void aDemandNeedsAPublicContactButNotBoth() {
        DemandDraft d = Drafts.magnetEngineer();
        DemandDraft none = new DemandDraft(
                d.positionTitle(),
                d.headcount(),
                d.degree(),
                d.disciplineCode(),
                d.majors(),
                d.workType(),
                d.duties(),
                null,
                null,
                d.workLocation(),
                " ",
                null);
        assertThatThrownBy(() -> none.check(CODES))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey)
                        .containsExactly("demand.contact.required"));
        DemandDraft mailOnly = new DemandDraft(
                d.positionTitle(),
                d.headcount(),
                d.degree(),
                d.disciplineCode(),
                d.majors(),
                d.workType(),
                d.duties(),
                null,
                null,
                d.workLocation(),
                null,
                "hr@example.cn");
        assertThat(mailOnly.check(CODES).contactPhone()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0472-5123456", "04725123456", "0472-5123456-801", "400-810-2022", "13912345678"})
    void workPhonesAreAccepted(String phone) {
        assertThat(DemandDraft.PHONE.matcher(phone).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110108198603129013", "5123456", "12345678901", "0472 5123456"})
    void anIdNumberOrAShortNumberIsNoPhone(String phone) {
        assertThat(DemandDraft.PHONE.matcher(phone).matches()).isFalse();
    }

    @Test
    void headcountIsOneTo999() {
        assertThat(headcount("1").check(CODES).headcount()).isEqualTo(1);
        assertThat(headcount("999").check(CODES).headcount()).isEqualTo(999);
        assertThatThrownBy(() -> headcount("1000").check(CODES)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> headcount("2.5").check(CODES)).isInstanceOf(InvalidInput.class);
    }

    private static DemandDraft with(long min, long max) {
        DemandDraft d = Drafts.magnetEngineer();
        return new DemandDraft(
                d.positionTitle(),
                d.headcount(),
                d.degree(),
                d.disciplineCode(),
                d.majors(),
                d.workType(),
                d.duties(),
                String.valueOf(min),
                String.valueOf(max),
                d.workLocation(),
                d.contactPhone(),
                d.contactEmail());
    }

    private static DemandDraft headcount(String n) {
        DemandDraft d = Drafts.magnetEngineer();
        return new DemandDraft(
                d.positionTitle(),
                n,
                d.degree(),
                d.disciplineCode(),
                d.majors(),
                d.workType(),
                d.duties(),
                d.salaryMinYuan(),
                d.salaryMaxYuan(),
                d.workLocation(),
                d.contactPhone(),
                d.contactEmail());
    }
}
