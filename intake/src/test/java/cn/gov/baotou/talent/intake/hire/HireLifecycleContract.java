package cn.gov.baotou.talent.intake.hire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRefused;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRequest;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.entity.DepartureKind;
import cn.gov.baotou.talent.intake.hire.entity.Grade;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireServices;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import cn.gov.baotou.talent.intake.hire.entity.HiresBroughtIn;
import cn.gov.baotou.talent.intake.hire.entity.ServiceKind;
import cn.gov.baotou.talent.intake.hire.entity.ServiceStatus;
import cn.gov.baotou.talent.intake.recovery.control.RecoveryProposal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The PhD of {@link HirePersistenceContract} through the rest of the lifecycle: exception, verification, agreement
 * with its grant booked across the 2024 National Day holiday, payment, service, departure and recovery; each step by
 * its role only, refused steps changing nothing.
 */
abstract class HireLifecycleContract extends HirePersistenceContract {

    static final LocalDate SIGNED = LocalDate.of(2024, 9, 27);

    @Test
    @Order(6)
    void anAgeExceptionNeedsTheCityOfficesWrittenReasonBeforeVerification() {
        assertThatThrownBy(() -> db.hires(Callers.cityOffice(), "2024-09-05", d -> d.verify(overAge, "同意")))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("hire.verify.exceptionMissing"));
        assertThatThrownBy(() -> db.hires(Callers.cityOffice(), "2024-09-05", d -> d.approveException(overAge, " ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("reason"));
        db.hires(Callers.cityOffice(), "2024-09-05", d -> d.approveException(overAge, "稀土永磁领域急需的领军人才，经研究同意"));
        assertThat(db.<List<Hire>>hires(Callers.cityOffice(), "2024-09-05", d -> d.exceptions()))
                .singleElement()
                .satisfies(h -> assertThat(h.progress().exceptionReason()).contains("经研究同意"));
        assertThat(db.<HireStatus>hires(Callers.cityOffice(), "2024-09-05", d -> d.verify(overAge, "核实无误")
                        .status()))
                .isEqualTo(HireStatus.VERIFIED);
    }

    @Test
    @Order(7)
    void onlyTheCityOfficeVerifies() {
        assertThatThrownBy(() -> db.hires(Callers.districtOffice(ZONE), "2024-09-05", d -> d.verify(phd, "同意")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> db.hires(Callers.enterprise(magnet), "2024-09-05", d -> d.verify(phd, "同意")))
                .isInstanceOf(Forbidden.class);
        assertThat(db.<HireStatus>hires(Callers.cityOffice(), "2024-09-05", d -> d.verify(phd, "核实无误")
                        .status()))
                .isEqualTo(HireStatus.VERIFIED);
    }

    @Test
    @Order(8)
    void theAgreementSignedTheFridayBeforeNationalDayBooksHalvesDueOnOctober16() {
        long copy = db.agreementCopy(magnet, ZONE);
        assertThatThrownBy(() -> db.hires(
                        Callers.enterprise(magnet), "2024-09-27", d -> d.signAgreement(phd, SIGNED, copy, null)))
                .isInstanceOf(Forbidden.class);
        Hire h = db.hires(Callers.cityOffice(), "2024-09-27", d -> d.signAgreement(phd, SIGNED, copy, "三方协议已签"));
        assertThat(h.status()).isEqualTo(HireStatus.AGREEMENT_SIGNED);
        assertThat(h.progress().serviceUntil()).isEqualTo(LocalDate.of(2029, 9, 27));
        FundingGrant g =
                db.ledger(Callers.cityOffice(), l -> l.visible(h.progress().grantId()));
        assertThat(g.beneficiaryKind()).isEqualTo(BeneficiaryKind.PERSON);
        assertThat(g.beneficiaryId()).isEqualTo(h.person().id());
        assertThat(g.enterpriseId()).isEqualTo(magnet);
        assertThat(g.terms().total()).isEqualTo(Yuan.of("200000.00"));
        assertThat(g.terms().cityShare()).isEqualTo(Yuan.of("100000.00"));
        assertThat(g.terms().districtShare()).isEqualTo(Yuan.of("100000.00"));
        assertThat(g.terms().dueDate()).isEqualTo(LocalDate.of(2024, 10, 16));
        assertThat(g.terms().districtCode()).isEqualTo(ZONE);
        assertThat(g.terms().clauseId()).isEqualTo("intake.3.2.1");
        assertThat(db.count("select count(*) from intake_hire_service where owner_role = 'CITY_OFFICE' and hire_id = "
                        + phd))
                .isEqualTo(3);
        assertThat(db.count("select count(*) from intake_evaluation where hire_id = " + phd))
                .isEqualTo(5);
        assertThat(db.count("select count(*) from core_talent_record where programme = 'INTAKE' and category = 'DOCTOR'"
                        + " and started_on = date '2024-09-27' and source_ref = 'hire-" + phd + "'"))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from intake_hire_aud where id = " + phd))
                .isEqualTo(3);
        assertThat(db.notices.sent).anySatisfy(n -> {
            assertThat(n.to().role()).isEqualTo(Role.DISTRICT_FINANCE);
            assertThat(n.body()).contains("2024-10-16");
        });
    }

    @Test
    @Order(9)
    void aSecondSubsidyForTheSamePersonIsRefusedByTheLedgerAndTheCaseStaysVerified() {
        long person = db.read(em -> em.find(Hire.class, overAge).person().id());
        db.ledger(
                Callers.cityOffice(),
                l -> l.grant(new GrantRequest(
                        BeneficiaryKind.PERSON,
                        person,
                        magnet,
                        "TALENT_INTRO_SUBSIDY",
                        "rare-earth",
                        "rare-earth.2",
                        LocalDate.of(2022, 4, 5),
                        "rare-earth",
                        "re-1",
                        ZONE,
                        Yuan.wan(20),
                        Yuan.wan(10),
                        Yuan.wan(10),
                        LocalDate.of(2024, 9, 20),
                        LocalDate.of(2024, 10, 11))));
        long copy = db.agreementCopy(magnet, ZONE);
        long entries = db.count("select count(*) from core_activity where case_id = " + overAge);
        assertThatThrownBy(() ->
                        db.hires(Callers.cityOffice(), "2024-09-27", d -> d.signAgreement(overAge, SIGNED, copy, null)))
                .isInstanceOf(GrantRefused.class);
        assertThat(db.<HireStatus>read(em -> em.find(Hire.class, overAge).status()))
                .isEqualTo(HireStatus.VERIFIED);
        assertThat(db.count("select count(*) from core_activity where case_id = " + overAge))
                .isEqualTo(entries);
        assertThat(db.count("select count(*) from intake_hire_service where hire_id = " + overAge))
                .isZero();
    }

    @Test
    @Order(10)
    void anIllegalStepIsRefusedAndChangesNothing() {
        long entries = db.count("select count(*) from core_activity where case_type = 'intake.hire'");
        assertThatThrownBy(() -> db.hires(Callers.cityOffice(), "2024-10-08", d -> d.startService(phd, null)))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> db.hires(Callers.cityOffice(), "2024-10-08", d -> d.verify(phd, null)))
                .isInstanceOf(Conflict.class);
        assertThat(db.count("select count(*) from core_activity where case_type = 'intake.hire'"))
                .isEqualTo(entries);
        assertThat(db.<HireStatus>read(em -> em.find(Hire.class, phd).status())).isEqualTo(HireStatus.AGREEMENT_SIGNED);
    }

    @Test
    @Order(11)
    void theSecondHalfPaidMovesTheCaseToSubsidyPaidWithoutAnyoneOpeningIt() {
        long grant = db.read(em -> em.find(Hire.class, phd).progress().grantId());
        db.ledger(
                Callers.cityFinance(),
                "2024-10-10",
                l -> l.recordPayment(
                        grant,
                        FinanceLevel.CITY,
                        Yuan.wan(10),
                        LocalDate.of(2024, 10, 10),
                        "SZ-1",
                        "pay-city-" + grant));
        assertThat(db.<HireStatus>read(em -> em.find(Hire.class, phd).status())).isEqualTo(HireStatus.AGREEMENT_SIGNED);
        // paid through the ledger's own API, as a finance may: the ledger tells intake, in the paying transaction
        db.ledger(
                Callers.districtFinance(ZONE),
                "2024-10-15",
                l -> l.recordPayment(
                        grant,
                        FinanceLevel.DISTRICT,
                        Yuan.wan(10),
                        LocalDate.of(2024, 10, 15),
                        "QZ-1",
                        "pay-zone-" + grant));
        assertThat(db.<HireStatus>read(em -> em.find(Hire.class, phd).status())).isEqualTo(HireStatus.SUBSIDY_PAID);
        assertThat(db.count("select count(*) from core_activity where case_id = " + phd
                        + " and action = 'RECORD_PAYMENT' and to_state = 'SUBSIDY_PAID'"
                        + " and actor = 'finance" + ZONE + "'"))
                .isEqualTo(1);
    }

    @Test
    @Order(12)
    void openingAHireChangesNothing() {
        String versions = "select sum(version) from intake_hire";
        long hires = db.count(versions);
        long grants = db.count("select sum(version) from core_grant");
        long entries = db.count("select count(*) from core_activity");
        long revisions = db.count("select count(*) from intake_hire_aud");
        for (var caller : List.of(Callers.enterprise(magnet), Callers.districtOffice(ZONE), Callers.cityFinance())) {
            db.hires(caller, "2024-10-16", d -> d.detail(phd, Messages.in(Messages.CHINESE)));
            db.hires(caller, "2024-10-16", d -> d.timeline(phd));
            db.hires(caller, "2024-10-16", d -> d.search(null, null, null, 0, 50));
        }
        assertThat(db.count(versions)).isEqualTo(hires);
        assertThat(db.count("select sum(version) from core_grant")).isEqualTo(grants);
        assertThat(db.count("select count(*) from core_activity")).isEqualTo(entries);
        assertThat(db.count("select count(*) from intake_hire_aud")).isEqualTo(revisions);
    }

    @Test
    @Order(13)
    void inServiceTheTermsServicesAndEvaluationsAreRecordedByTheirOwners() {
        db.hires(Callers.cityOffice(), "2024-10-20", d -> d.startService(phd, "已到岗"));
        db.hires(Callers.enterprise(magnet), "2024-10-21", d -> d.recordTerms(phd, Yuan.wan(5), Yuan.wan(36), "三年"));
        assertThatThrownBy(() -> db.hires(
                        Callers.districtOffice(ZONE),
                        "2024-10-22",
                        d -> d.updateService(phd, ServiceKind.SPOUSE_EMPLOYMENT, ServiceStatus.DONE, null)))
                .isInstanceOf(Forbidden.class);
        db.hires(
                Callers.cityOffice(),
                "2024-10-22",
                d -> d.updateService(phd, ServiceKind.SPOUSE_EMPLOYMENT, ServiceStatus.DONE, "已安排至市属医院"));
        assertThat(db.<Long>read(em -> new HireServices(em).countOpen(Role.CITY_OFFICE, Visibility.EVERYTHING)))
                .isEqualTo(2);
        // the first year of service ends on 2025-09-27: its evaluation is not recorded before (intake.6.2), and the
        // walk through an evaluation is EvaluationOn{H2,Postgres}Test's
        assertThatThrownBy(() -> db.hires(
                        Callers.districtOffice(ZONE),
                        "2024-12-30",
                        d -> d.recordEvaluation(phd, 1, EvaluationContract.form(Grade.QUALIFIED, Grade.EXCELLENT))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("yearNo"));
        Hire h = db.hires(Callers.enterprise(magnet), "2024-10-23", d -> d.visible(phd));
        assertThat(h.status()).isEqualTo(HireStatus.SERVING);
        assertThat(h.progress().annualSalary()).isEqualTo(Yuan.wan(36));
    }

    @Test
    @Order(14)
    void aDepartureAfterSixFullMonthsRecoversFiftyFourSixtiethsFromEachFinanceInProportion() {
        db.hires(
                Callers.enterprise(magnet),
                "2025-03-28",
                d -> d.reportDeparture(phd, DepartureKind.RESIGNED, LocalDate.of(2025, 3, 27), "个人原因辞职"));
        RecoveryProposal p = db.hires(Callers.cityOffice(), "2025-03-28", d -> d.recoveryProposal(d.visible(phd)));
        assertThat(p.servedMonths()).isEqualTo(6);
        assertThat(p.total()).isEqualTo(Yuan.of("180000.00"));
        assertThatThrownBy(() ->
                        db.hires(Callers.enterprise(magnet), "2025-03-28", d -> d.decideRecovery(phd, null, "追回")))
                .isInstanceOf(Forbidden.class);
        db.hires(Callers.cityOffice(), "2025-04-01", d -> d.decideRecovery(phd, null, "服务未满 5 年，按未服务月数追回"));
        assertThat(db.count("select count(*) from core_recovery where amount_yuan = 90000.00"))
                .isEqualTo(2);
        assertThat(db.count("select count(*) from core_talent_record where source_ref = 'hire-" + phd
                        + "' and ended_on = date '2025-03-27' and end_reason = 'RESIGNED'"))
                .isEqualTo(1);
        assertThatThrownBy(() -> db.hires(Callers.cityOffice(), "2025-04-02", d -> d.decideRecovery(phd, null, "再次")))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("hire.recovery.decided"));
        assertThat(db.<List<ActivityView>>hires(Callers.cityOffice(), "2025-04-02", d -> d.timeline(phd)))
                .extracting(e -> e.action())
                .containsExactly(
                        "SUBMIT",
                        "VERIFY",
                        "SIGN_AGREEMENT",
                        "RECORD_PAYMENT",
                        "START_SERVICE",
                        "RECORD_TERMS",
                        "UPDATE_SERVICE",
                        "REPORT_DEPARTURE",
                        "DECIDE_RECOVERY");
    }

    @Test
    @Order(15)
    void theTargetQueryCountsHiresBroughtInByMonthDegreeDistrictAndIndustry() {
        assertThat(db.<List<HiresBroughtIn.Row>>read(em -> new HiresBroughtIn(em).in(2024, Visibility.EVERYTHING)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.month()).isEqualTo(9);
                    assertThat(r.degree()).isEqualTo(Degree.DOCTOR);
                    assertThat(r.districtCode()).isEqualTo(ZONE);
                    assertThat(r.industryCode()).isEqualTo("NEW_MATERIALS");
                    assertThat(r.count()).isEqualTo(1);
                });
        assertThat(db.<List<HiresBroughtIn.Row>>read(
                        em -> new HiresBroughtIn(em).in(2024, new Visibility(false, KUNDULUN, null))))
                .isEmpty();
    }
}
