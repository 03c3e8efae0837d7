package cn.gov.baotou.talent.servicesplan;

import static cn.gov.baotou.talent.servicesplan.PlanDatabase.MAGNET;
import static cn.gov.baotou.talent.servicesplan.PlanDatabase.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.parameter.control.ParameterNotCovered;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.servicesplan.figures.boundary.FigureForm;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.NominationForm;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.NomineeForm;
import cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanRulesResource;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanRulesResource.WindowView;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The filing day is the platform's (services-plan.5.1 "每年3月和9月的1—10日 … 通过包头市人才服务平台进行申报", .7
 * "服务期限至 2025 年 12 月 31 日"): an enterprise applies on the day the clock says, in a window, within the service
 * period, and cannot date its filing otherwise; only the city office enters a filing made on paper, of a window that
 * may have passed, with a written reason the timeline keeps. The public window rule says when the period has no window
 * left. Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class FilingDayContract {

    static final Clock TEST_DAY = PlanDatabase.at("2026-06-15", 10);
    static final String REASON = "企业于 2025-03-05 在申报期内报送纸质材料，因单位网络故障未能在线申报，经核实予以补录";

    PlanDatabase db;
    Caller magnet;
    Caller city = Callers.cityOffice();
    long magnetId;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new PlanDatabase(freshDatabase());
        magnetId = db.enterprise(MAGNET);
        magnet = Callers.enterprise(magnetId);
        long evidence = db.document(magnetId, ZONE);
        Clock march = PlanDatabase.at("2025-03-02", 9);
        long figure = db.as(magnet, march, d -> d.figures()
                .enter(new FigureForm("2024", "REVENUE", "10000000000.00", String.valueOf(evidence)))
                .id());
        db.as(Callers.districtOffice(ZONE), march, d -> d.figures().confirm(figure, null));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void theEnterpriseCannotDateItsFilingAnotherDayThanThePlatforms() {
        refused(
                () -> db.as(magnet, PlanDatabase.at("2025-09-10", 10), d -> d.nominations()
                        .submit(new NominationForm("2025-03-05", List.of(nominee("韩磊", "011"))))),
                "appliedOn",
                "申报日期以平台当天（2025-09-10）为准，企业不能填写其他日期（2025-03-05）；错过申报期的纸质申报由市委人才办录入（services-plan.5.1）");
        assertThat(db.count("select count(*) from svc_nomination")).isZero();
    }

    @Test
    @Order(2)
    void onThe10thOfSeptemberItAppliesThatDayAndOnThe11thNoWindowIsLeftBeforeThePeriodEnds() {
        refused(
                () -> db.as(magnet, PlanDatabase.at("2025-09-11", 9), d -> d.nominations()
                        .submit(new NominationForm(null, List.of(nominee("韩磊", "011"))))),
                "appliedOn",
                "2025-09-11 不在申报期内（每年 3 月和 9 月的 1—10 日，services-plan.5.1），服务期限（至 2025-12-31）内已没有申报期");
        Nomination n = db.as(magnet, PlanDatabase.at("2025-09-10", 23), d -> d.nominations()
                .submit(new NominationForm("2025-09-10", List.of(nominee("韩磊", "011")))));
        assertThat(n.appliedOn()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(n.windowStart()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(n.quotaYear()).isEqualTo(2025);
        refused(
                () -> db.as(magnet, PlanDatabase.at("2026-03-02", 9), d -> d.nominations()
                        .submit(new NominationForm(null, List.of(nominee("冯雪", "022"))))),
                "appliedOn",
                "2026-03-02 已超出服务期限（至 2025-12-31，services-plan.7），不能再办理；新的政策版本录入后方可办理");
    }

    @Test
    @Order(3)
    void aPaperFilingIsTheCityOfficesAloneAndNeedsItsEnterpriseItsDayInAWindowAndAWrittenReason() {
        assertThatThrownBy(() -> db.as(Callers.districtOffice(ZONE), TEST_DAY, d -> d.nominations()
                        .submit(paper("2025-03-05", REASON))))
                .isInstanceOf(Forbidden.class);
        refused(() -> db.as(city, TEST_DAY, d -> d.nominations().submit(paper("2025-03-05", " "))), "reason", null);
        refused(
                () -> db.as(city, TEST_DAY, d -> d.nominations()
                        .submit(new NominationForm("2025-03-05", List.of(nominee("冯雪", "022")), null, REASON))),
                "enterpriseId",
                null);
        refused(
                () -> db.as(city, TEST_DAY, d -> d.nominations().submit(paper("2026-06-16", REASON))),
                "appliedOn",
                "纸质申报日期 2026-06-16 晚于今天（2026-06-15）");
        refused(
                () -> db.as(city, TEST_DAY, d -> d.nominations().submit(paper("2025-03-11", REASON))),
                "appliedOn",
                "2025-03-11 不在申报期内（每年 3 月和 9 月的 1—10 日，services-plan.5.1）；下一个申报期为 2025-09-01 至 2025-09-10");
        refused(() -> db.as(city, TEST_DAY, d -> d.nominations().submit(paper(null, REASON))), "appliedOn", null);
        assertThat(db.count("select count(*) from svc_nomination")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void theCityOfficeEntersAPaperFilingOfAPastWindowAndTheTimelineKeepsWhyAndWho() {
        Nomination n = db.as(city, TEST_DAY, d -> d.nominations().submit(paper("2025-03-05", REASON)));
        assertThat(n.enterprise().id()).isEqualTo(magnetId);
        assertThat(n.appliedOn()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(n.windowEnd()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(n.status()).isEqualTo(NominationStatus.DISTRICT_REVIEW);
        List<ActivityView> timeline =
                db.as(magnet, TEST_DAY, d -> d.nominations().timeline(n.id()));
        assertThat(timeline).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("PAPER_SUBMIT");
            assertThat(e.reason()).isEqualTo(REASON);
            assertThat(e.actor()).isEqualTo("city");
        });
        assertThat(db.count("select count(*) from core_notification n join core_account a on a.id = n.account_id"
                        + " where a.username in ('rezone', 'magnet') and n.body like '%录入理由%'"))
                .isEqualTo(2);
        // returned at first review, the enterprise cannot resubmit after the period; the city office enters the
        // corrected paper filing, which keeps its window
        db.as(Callers.districtOffice(ZONE), TEST_DAY, d -> d.nominations()
                .review(n.id(), NominationStep.DISTRICT_RETURN, "缺少任职文件"));
        refused(
                () -> db.as(magnet, TEST_DAY, d -> d.nominations()
                        .resubmit(n.id(), new NominationForm(null, List.of(nominee("冯雪", "022"))))),
                "appliedOn",
                null);
        Nomination again = db.as(city, TEST_DAY, d -> d.nominations()
                .resubmit(
                        n.id(),
                        new NominationForm(
                                "2025-12-20", List.of(nominee("冯雪", "022")), null, "企业 2025-12-20 补交任职文件纸质件")));
        assertThat(again.status()).isEqualTo(NominationStatus.DISTRICT_REVIEW);
        assertThat(again.appliedOn()).isEqualTo(LocalDate.of(2025, 3, 5));
        List<ActivityView> steps = db.as(city, TEST_DAY, d -> d.nominations().timeline(n.id()));
        assertThat(steps)
                .extracting(ActivityView::action)
                .containsExactly("PAPER_SUBMIT", "DISTRICT_RETURN", "PAPER_RESUBMIT");
    }

    @Test
    @Order(5)
    void theWindowRuleSaysWhenThePeriodHasNoWindowLeft() {
        WindowView open = window("2025-09-10");
        assertThat(open.open()).isTrue();
        assertThat(open.windowStart()).isEqualTo("2025-09-01");
        assertThat(open.windowEnd()).isEqualTo("2025-09-10");
        WindowView next = window("2025-03-11");
        assertThat(next.open()).isFalse();
        assertThat(next.windowStart()).isEqualTo("2025-09-01");
        for (String day : List.of("2025-09-11", "2025-12-31", "2026-01-01", "2026-06-15")) {
            WindowView ended = window(day);
            assertThat(ended.open()).as(day).isFalse();
            assertThat(ended.windowStart()).as(day).isNull();
            assertThat(ended.windowEnd()).as(day).isNull();
            assertThat(ended.checks()).singleElement().satisfies(c -> {
                assertThat(c.passed()).isFalse();
                assertThat(c.clauseId()).isEqualTo("services-plan.7");
                assertThat(c.message()).contains(day + " 之后已没有申报期", "服务期限至 2025-12-31");
            });
        }
        assertThatThrownBy(() -> window("2021-06-01")).isInstanceOf(ParameterNotCovered.class);
        try (Jsonb json = JsonbBuilder.create()) {
            assertThat(json.toJson(window("2025-09-11")))
                    .as("the API writes the missing window as null")
                    .contains("\"open\":false", "\"windowStart\":null", "\"windowEnd\":null");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private WindowView window(String day) {
        return db.as(city, TEST_DAY, d -> new ServicesPlanRulesResource(PlanDatabase.standards(d.em())).window(day));
    }

    private NominationForm paper(String day, String reason) {
        return new NominationForm(day, List.of(nominee("冯雪", "022")), String.valueOf(magnetId), reason);
    }

    private static NomineeForm nominee(String name, String seq) {
        return People.nominee(name, "19800101", seq, "EXECUTIVE");
    }

    /** Refused naming the field, with the Chinese text given (any text when null), and nothing written. */
    private static void refused(ThrowingCallable call, String field, String text) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class, e -> {
            FieldError first = e.errors().get(0);
            assertThat(e.errors()).extracting(FieldError::field).contains(field);
            if (text != null) {
                assertThat(Messages.in(Messages.CHINESE).get(first)).isEqualTo(text);
            }
        });
    }
}
