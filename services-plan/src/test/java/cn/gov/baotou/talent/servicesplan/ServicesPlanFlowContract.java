package cn.gov.baotou.talent.servicesplan;

import static cn.gov.baotou.talent.servicesplan.PlanDatabase.MAGNET;
import static cn.gov.baotou.talent.servicesplan.PlanDatabase.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Accounts;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.notice.boundary.Mailer;
import cn.gov.baotou.talent.core.notice.control.MailSettings;
import cn.gov.baotou.talent.core.notice.entity.Notifications;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.SmtpServer;
import cn.gov.baotou.talent.servicesplan.figures.boundary.FigureForm;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.MeetingDesk;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.MeetingForm;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.NominationForm;
import cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import cn.gov.baotou.talent.servicesplan.proactive.boundary.ToldEnterprise;
import cn.gov.baotou.talent.servicesplan.proactive.entity.WindowNotice;
import cn.gov.baotou.talent.servicesplan.service.boundary.ServiceItemForm;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceStatus;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A nomination walked through the review chain of services-plan.5 on a real database: filed in the March 2025 window
 * under a quota of 2 from confirmed figures, a third nominee and an 11 March filing refused with nothing written, each
 * step by its role with its opinion in the timeline, the meeting's list, and the feedback that starts the 16 service
 * items, the talent record and the notices (and e-mails to those with an address). Run once on H2 and once on
 * PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ServicesPlanFlowContract {

    static final Clock MARCH_2025 = Clock.fixed(Instant.parse("2025-03-20T02:00:00Z"), Beijing.ZONE);

    PlanDatabase db;
    Caller magnet;
    Caller zone = Callers.districtOffice(ZONE);
    Caller city = Callers.cityOffice();
    long nomination;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new PlanDatabase(freshDatabase());
        magnet = Callers.enterprise(db.enterprise(MAGNET));
        long evidence = db.document(db.enterprise(MAGNET), ZONE);
        long figure = db.as(magnet, MARCH_2025, d -> d.figures()
                .enter(new FigureForm("2024", "REVENUE", "10000000000.00", String.valueOf(evidence)))
                .id());
        db.as(zone, MARCH_2025, d -> d.figures().confirm(figure, null));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void anApplicationOnThe11thOfMarchIsRefusedNamingTheNextWindow() {
        assertThatThrownBy(() -> file("2025-03-11", People.nominee("韩磊", "19800101", "011", "EXECUTIVE")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("appliedOn");
                    assertThat(Messages.in(Messages.CHINESE).get(e.errors().get(0)))
                            .endsWith("下一个申报期为 2025-09-01 至 2025-09-10");
                });
        assertThat(db.count("select count(*) from svc_nomination")).isZero();
    }

    @Test
    @Order(2)
    void twoNomineesFitTheQuotaOf100YiAndAThirdIsRefusedWithNothingWritten() {
        nomination = file(
                        "2025-03-10",
                        People.nominee("韩磊", "19800101", "011", "EXECUTIVE"),
                        People.nominee("冯雪", "19860215", "022", "CONTRIBUTOR"))
                .id();
        long persons = db.count("select count(*) from core_person");
        assertThatThrownBy(() -> file("2025-03-10", People.nominee("卫东", "19790505", "033", "EXECUTIVE")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(
                                Messages.in(Messages.CHINESE).get(e.errors().get(0)))
                        .isEqualTo("2025 年度推荐名额为 2 名（services-plan.4.1.1），已推荐 2 名，本次推荐 1 名超出名额"));
        assertThat(db.count("select count(*) from svc_nominee")).isEqualTo(2);
        assertThat(db.count("select count(*) from core_person")).isEqualTo(persons);
        assertThat(db.count("select count(*) from core_person_aud")).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(3)
    void eachStepIsTakenByItsRoleAndRecordedWithItsOpinion() {
        db.as(zone, MARCH_2025, d -> d.nominations().review(nomination, NominationStep.DISTRICT_RETURN, "缺少任职文件"));
        file(
                nomination,
                People.nominee("韩磊", "19800101", "011", "EXECUTIVE"),
                People.nominee("冯雪", "19860215", "022", "CONTRIBUTOR"));
        db.as(zone, MARCH_2025, d -> d.nominations().review(nomination, NominationStep.DISTRICT_PASS, "材料齐全"));
        db.as(city, MARCH_2025, d -> d.nominations().review(nomination, NominationStep.CITY_PASS, "同意提交会议研究"));
        assertThat((NominationStatus) db.as(magnet, MARCH_2025, d -> d.nominations()
                        .visible(nomination)
                        .status()))
                .isEqualTo(NominationStatus.MEETING);
        List<ActivityView> steps = db.as(city, MARCH_2025, d -> d.nominations().timeline(nomination));
        assertThat(steps)
                .extracting(ActivityView::action)
                .containsExactly("SUBMIT", "DISTRICT_RETURN", "RESUBMIT", "DISTRICT_PASS", "CITY_PASS");
        assertThat(steps).extracting(ActivityView::reason).contains("缺少任职文件", "材料齐全");
        assertThat(steps)
                .extracting(ActivityView::actor)
                .contains("district150271", "city", "enterprise" + db.enterprise(MAGNET));
    }

    @Test
    @Order(4)
    void theMeetingDecidesTheListAndTheFeedbackStartsTheServicesToldInThePlatformAndByMail() throws Exception {
        List<Long> nominees = db.as(city, MARCH_2025, d -> d.nominations().visible(nomination).nominees().stream()
                .map(m -> m.id())
                .toList());
        db.as(city, MARCH_2025, d -> d.meetings()
                .decide(new MeetingForm(
                        "2025-03-18",
                        "包人才办会〔2025〕3号",
                        null,
                        List.of(new MeetingForm.Decision(nomination, List.of(nominees.get(0)), "同意")))));
        db.as(city, MARCH_2025, d -> {
            Accounts accounts = new Accounts(d.em());
            accounts.byUsername("magnet").orElseThrow().changeEmail("hr@magnet.example.cn");
            accounts.byUsername("rezone").orElseThrow().changeEmail("rencai@rezone.example.cn");
            accounts.byUsername("hr").orElseThrow().changeEmail("zhuanyuan@hr.example.cn");
            return null;
        });
        Nomination n;
        try (SmtpServer smtp = new SmtpServer()) {
            n = db.as(city, MARCH_2025, d -> new MeetingDesk(
                            d.em(),
                            city,
                            PlanDatabase.notices(d.em(), MARCH_2025),
                            mailer(d.em(), smtp.port()),
                            MARCH_2025)
                    .feedBack(nomination, null));
            // the enterprise, its district office and the departments of the items, those with an address
            assertThat(smtp.recipients())
                    .containsExactlyInAnyOrder(
                            "<hr@magnet.example.cn>", "<rencai@rezone.example.cn>", "<zhuanyuan@hr.example.cn>");
            assertThat(smtp.messages()).allSatisfy(m -> assertThat(m).contains("Subject: =?UTF-8?"));
        }
        assertThat(n.status()).isEqualTo(NominationStatus.NOTIFIED);
        assertThat(db.count("select count(*) from svc_nominee where outcome = 'APPROVED'"))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from svc_nominee_service")).isEqualTo(16);
        assertThat(db.count("select count(*) from core_talent_record where programme = 'SERVICES_PLAN'"
                        + " and category = 'NOMINEE' and source_ref = 'nominee-" + nominees.get(0) + "'"))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from core_notification n join core_account a on a.id = n.account_id"
                        + " where a.username in ('magnet', 'rezone', 'hr', 'education', 'health') and n.body like"
                        + " '%韩磊%'"))
                .isEqualTo(5);
    }

    @Test
    @Order(5)
    void aCommissionerSeesAndUpdatesOnlyHisDepartmentsItems() {
        Caller hr = People.commissioner("hr", "HUMAN_RESOURCES");
        Caller education = People.commissioner("education", "EDUCATION");
        assertThat((long) db.as(hr, MARCH_2025, d -> d.services().count(null))).isEqualTo(3);
        assertThat((long) db.as(education, MARCH_2025, d -> d.services().count(null)))
                .isEqualTo(1);
        assertThat((long) db.as(magnet, MARCH_2025, d -> d.services().count(null)))
                .isEqualTo(16);
        assertThat((long) db.as(Callers.districtOffice("150203"), MARCH_2025, d -> d.services()
                        .count(null)))
                .isZero();
        long spouse = db.as(hr, MARCH_2025, d -> d.services().search(null, null, 0, 10).stream()
                .filter(s -> s.itemCode().equals("SPOUSE_EMPLOYMENT"))
                .findFirst()
                .orElseThrow()
                .id());
        assertThatThrownBy(() -> db.as(
                        education, MARCH_2025, d -> d.services().update(spouse, new ServiceItemForm("DONE", null))))
                .isInstanceOf(cn.gov.baotou.talent.core.refusal.NotFound.class);
        db.as(hr, MARCH_2025, d -> d.services().update(spouse, new ServiceItemForm("DONE", "已安排至市人民医院")));
        assertThat((long) db.as(magnet, MARCH_2025, d -> d.services().count(ServiceStatus.DONE)))
                .isEqualTo(1);
    }

    @Test
    @Order(6)
    void twoWeeksBeforeTheSeptemberWindowTheEnterpriseWithAnUnusedQuotaIsToldOnce() {
        // leadership reads the notices but may not send one: refused, and nothing written
        Caller leader = People.leadership();
        long notificationsBefore = db.count("select count(*) from core_notification");
        assertThatThrownBy(() -> db.as(leader, PlanDatabase.at("2025-08-18", 8), d -> d.proactive()
                        .sendNow(LocalDate.parse("2025-08-18"))))
                .isInstanceOf(cn.gov.baotou.talent.core.refusal.Forbidden.class);
        assertThat(db.count("select count(*) from svc_window_notice")).isZero();
        assertThat(db.count("select count(*) from core_notification")).isEqualTo(notificationsBefore);
        assertThat(notice("2025-08-17")).isEmpty();
        Optional<WindowNotice> sent = notice("2025-08-18");
        assertThat(sent).hasValueSatisfying(n -> {
            assertThat(n.windowStart()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(n.enterprisesTold()).isEqualTo(1);
        });
        assertThat(notice("2025-08-18")).isEmpty();
        assertThat(notice("2025-09-02")).isEmpty();
        assertThat(db.count("select count(*) from svc_window_notice")).isEqualTo(1);
        assertThat(db.count("select count(*) from core_notification n join core_account a on a.id = n.account_id"
                        + " where a.username = 'magnet' and n.body like '%尚可推荐 1 名%'"))
                .isEqualTo(1);
        List<ToldEnterprise> told = db.as(city, MARCH_2025, d -> d.proactive().told(LocalDate.of(2025, 9, 1)));
        assertThat(told).singleElement().satisfies(t -> {
            assertThat(t.quota()).isEqualTo(2);
            assertThat(t.used()).isEqualTo(1);
            assertThat(t.clauseId()).isEqualTo("services-plan.4.1.1");
            assertThat(t.applied()).isFalse();
        });
        assertThatThrownBy(() -> db.as(magnet, MARCH_2025, d -> d.proactive().told(LocalDate.of(2025, 9, 1))))
                .isInstanceOf(cn.gov.baotou.talent.core.refusal.Forbidden.class);
        assertThat((List<?>) db.as(leader, MARCH_2025, d -> d.proactive().told(LocalDate.of(2025, 9, 1))))
                .hasSize(1);
    }

    @Test
    @Order(7)
    void theReportsCountTheApprovedNomineeByTierAndDistrictAndTheServiceDone() {
        List<TargetProgress> figures = db.as(city, MARCH_2025, d -> d.progress().progress(ReportPeriod.year(2025)));
        TargetProgress nominations = figure(figures, "services-plan.nominations");
        assertThat(nominations.achieved()).isEqualByComparingTo("1");
        assertThat(nominations.plannedMin()).isNull();
        assertThat(nominations.label()).isEqualTo("入选重点企业人才服务计划人数");
        assertThat(nominations.breakdowns())
                .extracting(Breakdown::dimension, Breakdown::key, Breakdown::label, b -> b.achieved()
                        .intValue())
                .containsExactly(
                        tuple(Dimension.DISTRICT, ZONE, "稀土高新区", 1), tuple(Dimension.MONTH, "2025-03", "2025-03", 1));
        assertThat(figure(figures, "services-plan.nominations.services-plan.4.1.1")
                        .achieved())
                .isEqualByComparingTo("1");
        assertThat(figure(figures, "services-plan.serviceItemsDone").achieved()).isEqualByComparingTo("1");
        List<TargetProgress> before = db.as(city, MARCH_2025, d -> d.progress().progress(ReportPeriod.year(2024)));
        assertThat(figure(before, "services-plan.nominations").achieved()).isEqualByComparingTo("0");
    }

    private static Mailer mailer(EntityManager em, int port) {
        MailSettings smtp = MailSettings.of(
                        Optional.of("127.0.0.1"),
                        port,
                        Optional.of("talent@example.cn"),
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        Optional.empty())
                .orElseThrow();
        return new Mailer(smtp, new Notifications(em), null, MARCH_2025);
    }

    static TargetProgress figure(List<TargetProgress> figures, String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private Optional<WindowNotice> notice(String today) {
        // the morning run of the schedule on that day
        return db.as(Callers.cityOffice(), PlanDatabase.at(today, 8), d -> d.proactive()
                .notifyBeforeWindow(LocalDate.parse(today)));
    }

    /** The enterprise applies on the platform's day (services-plan.5.1): the clock says which. */
    private Nomination file(String day, cn.gov.baotou.talent.servicesplan.nomination.boundary.NomineeForm... people) {
        return db.as(magnet, PlanDatabase.at(day, 10), d -> d.nominations()
                .submit(new NominationForm(null, List.of(people))));
    }

    private void file(long id, cn.gov.baotou.talent.servicesplan.nomination.boundary.NomineeForm... people) {
        db.as(magnet, MARCH_2025, d -> d.nominations().resubmit(id, new NominationForm(null, List.of(people))));
    }
}
