package cn.gov.baotou.talent.intake.hire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.intake.agreement.boundary.JointAgreementForm;
import cn.gov.baotou.talent.intake.agreement.entity.JointAgreement;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import cn.gov.baotou.talent.intake.hire.boundary.HireForm;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Joint agreements and submissions on a real database, walked in order: refused without an agreement, recorded by
 * the right office, submitted with the eligibility of the day, and seen by each caller only within its scope. The rest
 * of the lifecycle follows in {@link HireLifecycleContract}. Run once on H2 and once on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class HirePersistenceContract {

    static final String ZONE = "150271";
    static final String KUNDULUN = "150203";
    static final String PHD_ID = "110108199005120013";
    static final String OVER_AGE_ID = "110108198203150032";
    static final String MASTER_ID = "150203199806010026";

    IntakeDatabase db;
    long magnet;
    long catalyst;
    long phd;
    long overAge;
    long master;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new IntakeDatabase(freshDatabase());
        magnet = db.id("select id from core_enterprise where credit_code = '91150271MAYY0D013N'");
        catalyst = db.id("select id from core_enterprise where credit_code = '91150203MAYY0D072A'");
    }

    @AfterAll
    void close() {
        db.close();
    }

    static HireForm form(String name, String idNumber, String born, Degree degree) {
        return new HireForm(
                name,
                idNumber,
                LocalDate.parse(born),
                degree,
                "08",
                "材料科学与工程",
                "北京科技大学",
                true,
                null,
                true,
                WorkType.RESEARCH_DEVELOPMENT,
                "永磁材料研发工程师",
                SourceKind.EVENT,
                "2024 北京科技大学推介会");
    }

    @Test
    @Order(1)
    void withoutAJointAgreementASubmissionIsRefusedNamingTheClauseAndNothingIsWritten() {
        long persons = db.count("select count(*) from core_person");
        assertThatThrownBy(() -> db.hires(
                        Callers.enterprise(magnet),
                        "2024-09-02",
                        d -> d.submit(form("周博", PHD_ID, "1990-05-12", Degree.DOCTOR))))
                .isInstanceOfSatisfying(Conflict.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("hire.agreement.missing");
                    assertThat(e.message(Messages.in(Messages.CHINESE)))
                            .contains("包头示范稀土永磁材料有限公司", "2024-09-02", "intake.5.1", "联合招引协议");
                });
        assertThat(db.count("select count(*) from intake_hire")).isZero();
        assertThat(db.count("select count(*) from core_person")).isEqualTo(persons);
    }

    @Test
    @Order(2)
    void aJointAgreementIsRecordedByTheEnterprisesDistrictOfficeOrTheCityOfficeOnly() {
        JointAgreementForm forMagnet =
                new JointAgreementForm(magnet, LocalDate.parse("2024-01-10"), LocalDate.parse("2025-12-31"), null);
        assertThatThrownBy(
                        () -> db.agreements(Callers.districtOffice(KUNDULUN), "2024-09-01", a -> a.record(forMagnet)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("enterpriseId"));
        assertThatThrownBy(() -> db.agreements(Callers.enterprise(magnet), "2024-09-01", a -> a.record(forMagnet)))
                .isInstanceOf(Forbidden.class);
        db.agreements(Callers.districtOffice(ZONE), "2024-09-01", a -> a.record(forMagnet));
        db.agreements(
                Callers.cityOffice(),
                "2024-09-01",
                a -> a.record(new JointAgreementForm(
                        catalyst, LocalDate.parse("2024-02-01"), LocalDate.parse("2024-12-31"), null)));
        assertThat(db.<List<JointAgreement>>agreements(Callers.districtOffice(ZONE), "2024-09-01", a -> a.visible()))
                .singleElement()
                .satisfies(a -> assertThat(a.districtCode()).isEqualTo(ZONE));
        assertThat(db.<List<JointAgreement>>agreements(Callers.enterprise(catalyst), "2024-09-01", a -> a.visible()))
                .singleElement()
                .satisfies(a -> assertThat(a.validTo()).isEqualTo(LocalDate.parse("2024-12-31")));
        assertThat(db.count("select count(*) from intake_joint_agreement_aud")).isEqualTo(2);
    }

    @Test
    @Order(3)
    void aPhdIsSubmittedWithTheEligibilityOfTheDayItsChecksAndAnActivityEntry() {
        Hire h = db.hires(
                Callers.enterprise(magnet),
                "2024-09-02",
                d -> d.submit(form("周博", PHD_ID, "1990-05-12", Degree.DOCTOR)));
        phd = h.id();
        assertThat(h.status()).isEqualTo(HireStatus.SUBMITTED);
        assertThat(h.districtCode()).isEqualTo(ZONE);
        assertThat(h.eligibility().eligible()).isTrue();
        assertThat(h.eligibility().ageYears()).isEqualTo(34);
        assertThat(h.eligibility().city().toString()).isEqualTo("100000.00");
        assertThat(db.count("select count(*) from intake_hire_check where hire_id = " + phd))
                .isEqualTo(8);
        assertThat(db.count("select count(*) from core_activity where case_type = 'intake.hire' and case_id = " + phd
                        + " and action = 'SUBMIT' and to_state = 'SUBMITTED'"))
                .isEqualTo(1);
        assertThat(db.notices.sent).anySatisfy(n -> assertThat(n.to().role()).isEqualTo(Role.CITY_OFFICE));
    }

    @Test
    @Order(4)
    void aPhdOverFortyNeedsAnExceptionAndAPersonIsSubmittedOnceAtATime() {
        Hire h = db.hires(
                Callers.enterprise(magnet),
                "2024-09-02",
                d -> d.submit(form("吴年长", OVER_AGE_ID, "1982-03-15", Degree.DOCTOR)));
        overAge = h.id();
        assertThat(h.eligibility().eligible()).isFalse();
        assertThat(h.eligibility().exceptionRequired()).isTrue();
        assertThatThrownBy(() -> db.hires(
                        Callers.enterprise(magnet),
                        "2024-09-03",
                        d -> d.submit(form("周博", PHD_ID, "1990-05-12", Degree.DOCTOR))))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("hire.person.open"));
        assertThatThrownBy(() -> db.hires(
                        Callers.enterprise(magnet),
                        "2024-09-03",
                        d -> d.submit(form("张冒名", PHD_ID, "1990-05-13", Degree.DOCTOR))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("birthDate", "name"));
        master = db.hires(
                        Callers.enterprise(catalyst),
                        "2024-09-02",
                        d -> d.submit(form("林硕", MASTER_ID, "1998-06-01", Degree.MASTER)))
                .id();
    }

    @Test
    @Order(5)
    void eachCallerSeesTheHiresOfItsScopeOnlyAndAnotherScopesIdIsNotFound() {
        assertThat(ids(Callers.enterprise(magnet))).containsExactlyInAnyOrder(phd, overAge);
        assertThat(ids(Callers.enterprise(catalyst))).containsExactly(master);
        assertThat(ids(Callers.districtOffice(ZONE))).containsExactlyInAnyOrder(phd, overAge);
        assertThat(ids(Callers.districtOffice(KUNDULUN))).containsExactly(master);
        assertThat(ids(Callers.cityOffice())).containsExactlyInAnyOrder(phd, overAge, master);
        assertThat(ids(Callers.cityFinance())).hasSize(3);
        assertThat(ids(Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HUMAN_RESOURCES"))))
                .isEmpty();
        assertThatThrownBy(() -> db.hires(Callers.districtOffice(KUNDULUN), "2024-09-03", d -> d.visible(phd)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.hires(Callers.enterprise(catalyst), "2024-09-03", d -> d.visible(phd)))
                .isInstanceOf(NotFound.class);
        assertThat(db.<Long>hires(Callers.districtOffice(ZONE), "2024-09-03", d -> d.count(null, Degree.DOCTOR, null)))
                .isEqualTo(2);
    }

    private java.util.List<Long> ids(Caller caller) {
        return db.hires(caller, "2024-09-03", d -> d.search(null, null, null, 0, 50).stream()
                .map(Hire::id)
                .toList());
    }
}
