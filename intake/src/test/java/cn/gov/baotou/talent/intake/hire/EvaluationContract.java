package cn.gov.baotou.talent.intake.hire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.intake.agreement.boundary.JointAgreementForm;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.boundary.EvaluationForm;
import cn.gov.baotou.talent.intake.hire.boundary.HireDetail;
import cn.gov.baotou.talent.intake.hire.entity.Grade;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * 年度跟踪评估考核 (intake.6.2) on a real database: a PhD signed on 2024-09-27 has year 1 evaluated from 2025-09-27 on
 * (refused the day before, writing nothing), with every dimension the text names graded — the enterprise's 履行承诺、
 * 薪酬待遇、服务保障, the talent's 履行职责、成果进展、工作业绩 — and each side's overall result. Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class EvaluationContract {

    IntakeDatabase db;
    long magnet;
    long phd;

    abstract DataSource freshDatabase();

    /** An evaluation with every dimension graded as its side's overall result. */
    static EvaluationForm form(Grade enterprise, Grade talent) {
        return new EvaluationForm(
                enterprise, enterprise, enterprise, enterprise, "薪酬按约发放", talent, talent, talent, talent, "完成两项工艺改进");
    }

    @BeforeAll
    void database() {
        db = new IntakeDatabase(freshDatabase());
        magnet = db.id("select id from core_enterprise where credit_code = '91150271MAYY0D013N'");
        db.agreements(
                Callers.cityOffice(),
                "2024-06-03",
                a -> a.record(new JointAgreementForm(
                        magnet, LocalDate.parse("2024-01-10"), LocalDate.parse("2025-12-31"), null)));
        Hire h = db.hires(
                Callers.enterprise(magnet),
                "2024-09-02",
                d -> d.submit(HirePersistenceContract.form(
                        "周博", HirePersistenceContract.PHD_ID, "1990-05-12", Degree.DOCTOR)));
        phd = h.id();
        db.hires(Callers.cityOffice(), "2024-09-05", d -> d.verify(phd, "核实无误"));
        long copy = db.agreementCopy(magnet, HirePersistenceContract.ZONE);
        db.hires(Callers.cityOffice(), "2024-09-27", d -> d.signAgreement(phd, LocalDate.of(2024, 9, 27), copy, "已签"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void theDayBeforeTheFirstAnniversaryYearOneIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> db.hires(
                        Callers.cityOffice(),
                        "2025-09-26",
                        d -> d.recordEvaluation(phd, 1, form(Grade.QUALIFIED, Grade.EXCELLENT))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    FieldError f = e.errors().get(0);
                    assertThat(f.field()).isEqualTo("yearNo");
                    assertThat(Messages.in(Messages.CHINESE).get(f))
                            .isEqualTo("第 1 年度尚未期满：服务满该年度（2025-09-27，签约周年日）起方可登记年度跟踪评估考核（intake.6.2）");
                });
        assertThat(db.count("select count(*) from intake_evaluation where evaluated_on is not null"))
                .isZero();
        assertThat(db.count("select count(*) from core_activity where action = 'RECORD_EVALUATION'"))
                .isZero();
    }

    @Test
    @Order(2)
    void everyDimensionAndEachOverallResultIsRequired() {
        EvaluationForm partial = new EvaluationForm(
                Grade.QUALIFIED,
                null,
                Grade.QUALIFIED,
                Grade.QUALIFIED,
                null,
                null,
                Grade.EXCELLENT,
                Grade.EXCELLENT,
                null,
                null);
        assertThatThrownBy(() -> db.hires(Callers.cityOffice(), "2025-09-27", d -> d.recordEvaluation(phd, 1, partial)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("payGrade", "dutiesGrade", "talentGrade"));
    }

    @Test
    @Order(3)
    void onTheAnniversaryYearOneIsRecordedDimensionByDimension() {
        EvaluationForm graded = new EvaluationForm(
                Grade.EXCELLENT,
                Grade.QUALIFIED,
                Grade.BASIC,
                Grade.QUALIFIED,
                "住房保障尚未落实",
                Grade.EXCELLENT,
                Grade.QUALIFIED,
                Grade.EXCELLENT,
                Grade.EXCELLENT,
                "完成两项工艺改进");
        db.hires(Callers.cityOffice(), "2025-09-27", d -> d.recordEvaluation(phd, 1, graded));
        HireDetail.YearEvaluation year1 = db.<HireDetail>hires(
                        Callers.cityOffice(), "2025-09-28", d -> d.detail(phd, Messages.in(Messages.CHINESE)))
                .evaluations()
                .get(0);
        assertThat(year1.evaluatedOn()).isEqualTo(LocalDate.of(2025, 9, 27));
        assertThat(year1.open()).isTrue();
        assertThat(year1)
                .extracting(
                        HireDetail.YearEvaluation::commitmentsGrade,
                        HireDetail.YearEvaluation::payGrade,
                        HireDetail.YearEvaluation::servicesGrade,
                        HireDetail.YearEvaluation::enterpriseGrade,
                        HireDetail.YearEvaluation::dutiesGrade,
                        HireDetail.YearEvaluation::resultsGrade,
                        HireDetail.YearEvaluation::performanceGrade,
                        HireDetail.YearEvaluation::talentGrade)
                .containsExactly(
                        "EXCELLENT",
                        "QUALIFIED",
                        "BASIC",
                        "QUALIFIED",
                        "EXCELLENT",
                        "QUALIFIED",
                        "EXCELLENT",
                        "EXCELLENT");
        HireDetail.YearEvaluation year2 = db.<HireDetail>hires(
                        Callers.cityOffice(), "2025-09-28", d -> d.detail(phd, Messages.in(Messages.CHINESE)))
                .evaluations()
                .get(1);
        assertThat(year2.open()).isFalse();
        assertThat(db.count("select count(*) from intake_evaluation_aud where pay_grade = 'QUALIFIED'"))
                .isEqualTo(1);
    }
}
