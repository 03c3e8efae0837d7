package cn.gov.baotou.talent.servicesplan;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static cn.gov.baotou.talent.servicesplan.PlanDatabase.CATALYST;
import static cn.gov.baotou.talent.servicesplan.PlanDatabase.MAGNET;
import static cn.gov.baotou.talent.servicesplan.PlanDatabase.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.calendar.boundary.CalendarEditing;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.servicesplan.request.boundary.ProvisionalDeadlines;
import cn.gov.baotou.talent.servicesplan.request.boundary.RatingForm;
import cn.gov.baotou.talent.servicesplan.request.boundary.RequestForm;
import cn.gov.baotou.talent.servicesplan.request.boundary.RouteForm;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequest;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
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
 * Service requests on a real database (services-plan.6): a commissioner sees only what was routed to his department —
 * a task force's commissioner only his district's — and by id an outsider finds nothing; deadlines in working days
 * and overdue requests; the rating 1 to 5. Run once on H2 and once on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ServicesPlanRequestsContract {

    static final Clock MARCH_2025 = Clock.fixed(Instant.parse("2025-03-20T02:00:00Z"), Beijing.ZONE);
    static final Clock MAY_2025 = Clock.fixed(Instant.parse("2025-05-06T02:00:00Z"), Beijing.ZONE);

    PlanDatabase db;
    Caller magnet;
    Caller catalyst;
    Caller city = Callers.cityOffice();
    Caller hr = People.commissioner("hr", "HUMAN_RESOURCES");
    Caller education = People.commissioner("education", "EDUCATION");
    Caller health = People.commissioner("health", "HEALTH");
    Caller zoneHr = People.taskForce("rezonehr", ZONE, "HUMAN_RESOURCES");
    long magnets;
    long catalysts;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new PlanDatabase(freshDatabase());
        magnet = Callers.enterprise(db.enterprise(MAGNET));
        catalyst = Callers.enterprise(db.enterprise(CATALYST));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void enterprisesRaiseRequestsWithinTheServicePeriodOnly() {
        magnets = raise(magnet, "LABOUR", null).id();
        catalysts = raise(catalyst, "VOCATIONAL_EDUCATION", null).id();
        assertThatThrownBy(() -> raise(magnet, "MATCHMAKING", "2026-01-05"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(
                                Messages.in(Messages.CHINESE).get(e.errors().get(0)))
                        .startsWith("2026-01-05 已超出服务期限（至 2025-12-31，services-plan.7）"));
        assertThat(db.count("select count(*) from svc_request")).isEqualTo(2);
    }

    @Test
    @Order(2)
    void theCityOfficeRoutesToADepartmentOrATaskForceThatHasACommissioner() {
        assertThatThrownBy(() -> route(catalysts, "HUMAN_RESOURCES", "true"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("departmentCode"));
        ServiceRequest r = route(magnets, "HUMAN_RESOURCES", "true");
        // 10 working days after Thursday 20 March 2025
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2025, 4, 3));
        route(catalysts, "EDUCATION", "false");
    }

    @Test
    @Order(3)
    void aCommissionerSeesOnlyTheRequestsRoutedToHisDepartmentAndByIdNothingElse() {
        assertThat(ids(zoneHr)).containsExactly(magnets);
        assertThat(ids(education)).containsExactly(catalysts);
        assertThat(ids(hr)).isEmpty();
        assertThat(ids(health)).isEmpty();
        assertThatThrownBy(() -> db.as(hr, MARCH_2025, d -> d.requests().visible(magnets)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.as(health, MARCH_2025, d -> d.requests().visible(catalysts)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.as(zoneHr, MARCH_2025, d -> d.requests().accept(catalysts, null)))
                .isInstanceOf(NotFound.class);
        assertThat(ids(magnet)).containsExactly(magnets);
        assertThat(ids(Callers.districtOffice("150203"))).containsExactly(catalysts);
        assertThat(ids(city)).containsExactlyInAnyOrder(magnets, catalysts);
    }

    @Test
    @Order(4)
    void theCommissionerResolvesItAndTheEnterpriseRatesItOneToFive() {
        db.as(zoneHr, MARCH_2025, d -> d.requests().accept(magnets, null));
        db.as(zoneHr, MARCH_2025, d -> d.requests().resolve(magnets, "已对接 3 家劳务公司，首批 20 人到岗"));
        assertThatThrownBy(() -> db.as(catalyst, MARCH_2025, d -> d.requests().rate(magnets, new RatingForm("5", ""))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.as(magnet, MARCH_2025, d -> d.requests().rate(magnets, new RatingForm("6", ""))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("rating"));
        ServiceRequest rated = db.as(magnet, MARCH_2025, d -> d.requests().rate(magnets, new RatingForm("5", "响应及时")));
        assertThat(rated.status()).isEqualTo(RequestStatus.RATED);
        assertThat(rated.rating()).isEqualTo(5);
    }

    @Test
    @Order(5)
    void aRequestPastItsDeadlineIsOverdueForItsCommissionerAndTheCityOffice() {
        assertThat((long) db.as(education, MARCH_2025, d -> d.requests().countOverdue()))
                .isZero();
        assertThat((long) db.as(education, MAY_2025, d -> d.requests().countOverdue()))
                .isEqualTo(1);
        assertThat((long) db.as(city, MAY_2025, d -> d.requests().countOverdue()))
                .isEqualTo(1);
        assertThat((long) db.as(zoneHr, MAY_2025, d -> d.requests().countOverdue()))
                .isZero();
        assertThat((List<Long>) db.as(city, MAY_2025, d -> d.requests().search(null, true, 0, 10).stream()
                        .map(ServiceRequest::id)
                        .toList()))
                .containsExactly(catalysts);
    }

    @Test
    @Order(6)
    void theReportsShowRequestsByStatusTheResponseTimeAndTheRating() {
        List<TargetProgress> figures = db.as(city, MAY_2025, d -> d.progress().progress(ReportPeriod.year(2025)));
        assertThat(ServicesPlanFlowContract.figure(figures, "services-plan.requests")
                        .achieved())
                .isEqualByComparingTo("2");
        assertThat(ServicesPlanFlowContract.figure(figures, "services-plan.requests.RATED")
                        .achieved())
                .isEqualByComparingTo("1");
        assertThat(ServicesPlanFlowContract.figure(figures, "services-plan.requests.ROUTED")
                        .breakdowns())
                .extracting(b -> b.key())
                .containsExactly("150203", "2025-03");
        assertThat(ServicesPlanFlowContract.figure(figures, "services-plan.rating")
                        .achieved())
                .isEqualByComparingTo("5.00");
        // routed and resolved within the same fixed instant of the test clock
        assertThat(ServicesPlanFlowContract.figure(figures, "services-plan.responseDays")
                        .achieved())
                .isEqualByComparingTo("0.0");
    }

    @Test
    @Order(7)
    void aDeadlineCountedIntoTheYearWithoutANoticeIsProvisionalAndCountedAgainWhenItComes() {
        long late = raise(catalyst, "MATCHMAKING", null).id();
        Clock december = PlanDatabase.at("2026-12-18", 10);
        ServiceRequest routed =
                db.as(city, december, d -> d.requests().route(late, new RouteForm("EDUCATION", "false", "10", null)));
        // 10 working days after Friday 2026-12-18, 元旦 2027 by the 放假办法: Monday 2027-01-04, provisional (预计)
        assertThat(routed.deadline()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(routed.deadlineProvisional()).isTrue();
        // the notice may still move it later: never overdue while provisional
        long overdueBefore =
                db.as(city, PlanDatabase.at("2027-01-20", 10), d -> d.requests().countOverdue());
        boolean overdue = db.as(city, PlanDatabase.at("2027-01-20", 10), d -> d.requests()
                .visible(late)
                .overdueOn(LocalDate.of(2027, 1, 20)));
        assertThat(overdue).isFalse();
        long noticesBefore = db.count("select count(*) from core_notification");

        inTransaction(db.emf, em -> new CalendarEditing(
                        em, december, e -> new ProvisionalDeadlines(em, PlanDatabase.notices(em, december))
                                .recount(e.calendar()))
                .replace(2027, new StringReader(NOTICE_2027)));

        ServiceRequest moved = db.as(city, december, d -> d.requests().visible(late));
        assertThat(moved.deadline()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(moved.deadlineProvisional()).isFalse();
        assertThat(db.count("select count(*) from core_notification")).isGreaterThan(noticesBefore);
        assertThat(db.count("select count(*) from core_notification where title like '%办结期限调整%'"))
                .isPositive();
        assertThat(db.count("select count(*) from svc_request_aud where id = " + late))
                .isGreaterThanOrEqualTo(3);
        long overdueAfter =
                db.as(city, PlanDatabase.at("2027-01-20", 10), d -> d.requests().countOverdue());
        assertThat(overdueAfter).isEqualTo(overdueBefore + 1);
    }

    /** A fictitious 2027 notice (the real one is not out yet): 元旦 from Friday 01-01 to Monday 01-04. */
    static final String NOTICE_2027 =
            """
            {"year":2027,"papers":["https://example.gov.cn/2027-holidays"],"days":[
              {"name":"元旦","date":"2027-01-01","isOffDay":true},
              {"name":"元旦","date":"2027-01-02","isOffDay":true},
              {"name":"元旦","date":"2027-01-03","isOffDay":true},
              {"name":"元旦","date":"2027-01-04","isOffDay":true}]}
            """;

    private ServiceRequest raise(Caller caller, String module, String day) {
        return db.as(caller, MARCH_2025, d -> d.requests()
                .raise(new RequestForm(module, "急需熟练技工", "新生产线投产，需要 20 名熟练技工", day)));
    }

    private ServiceRequest route(long id, String department, String taskForce) {
        return db.as(city, MARCH_2025, d -> d.requests().route(id, new RouteForm(department, taskForce, "10", null)));
    }

    private List<Long> ids(Caller caller) {
        return db.as(caller, MARCH_2025, d -> d.requests().search(null, false, 0, 50).stream()
                .map(ServiceRequest::id)
                .toList());
    }
}
