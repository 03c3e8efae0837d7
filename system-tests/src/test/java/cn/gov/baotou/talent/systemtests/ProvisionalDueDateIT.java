package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Issue 12's walk, on a platform of its own whose clock starts on Friday 2026-12-18, whatever the tests' day: the 2027
 * holiday notice is not out, yet a PhD's three-party agreement signed that day is booked, due 10 working days later
 * (intake.5.5) on Monday 2027-01-04 provisionally (预计, 元旦 by the 放假办法); the city office's workbench asks for the
 * notice and readiness says it is missing; entering a 2027 notice that gives 01-04 off moves the due date to 01-05,
 * audited under the city office, and city finance is told.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvisionalDueDateIT {

    static final LocalDate SIGNED = LocalDate.of(2026, 12, 18);

    /** A fictitious 2027 notice (the real one is not out when this is written): 元旦 from Friday 01-01 to Monday 01-04. */
    static final String NOTICE_2027 =
            """
            {"year":2027,"papers":["https://example.gov.cn/2027-holidays"],"days":[
              {"name":"元旦","date":"2027-01-01","isOffDay":true},
              {"name":"元旦","date":"2027-01-02","isOffDay":true},
              {"name":"元旦","date":"2027-01-03","isOffDay":true},
              {"name":"元旦","date":"2027-01-04","isOffDay":true}]}
            """;

    private RunningPlatform platform;
    private long hire;
    private long grant;

    @BeforeAll
    void platform() {
        platform = new RunningPlatform(Path.of(System.getProperty("talent.st.dir"), "provisional"), SIGNED).start();
        IntakeCases.prepare(platform, SIGNED);
    }

    @AfterAll
    void stop() {
        platform.close();
    }

    @Test
    @Order(1)
    void theCalendarCountsInto2027Provisionally() {
        HttpResponse<String> r = Api.anonymous(platform).get("/api/v1/calendar/working-days?from=2026-12-18&days=10");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"date\":\"2027-01-04\"").contains("\"provisional\":true");
        assertThat(Api.anonymous(platform).get("/api/v1/calendar/2027").body()).contains("\"provisional\":true");
        assertThat(Api.anonymous(platform).get("/api/v1/calendar/2028").statusCode())
                .isEqualTo(404);
        String ready = Api.anonymous(platform).get("/health/ready").body();
        // MicroProfile Health gives its data as text
        assertThat(ready).contains("\"nextYearNoticeMissing\":\"true\"").contains("\"provisionalYear\":\"2027\"");
    }

    @Test
    @Order(2)
    void anAgreementSignedOn18DecemberIsDueOn4JanuaryProvisionally() {
        String id = IntakeCases.idNumber(IntakeCases.young());
        hire = IntakeCases.submit(platform, "magnet", "预计期限博士", id);
        IntakeCases.verify(platform, hire);
        IntakeCases.sign(platform, hire, IntakeCases.MAGNET, SIGNED);
        grant = IntakeCases.number(
                Api.as(platform, "city").get("/api/v1/intake/hires/" + hire).body(), "grantId");
        String g =
                Api.as(platform, "city").get("/api/v1/ledger/grants/" + grant).body();
        assertThat(g).contains("\"dueDate\":\"2027-01-04\"").contains("\"dueProvisional\":true");
        // a provisional date is never overdue
        assertThat(Api.as(platform, "cityfinance").get("/api/v1/ledger/overdue").body())
                .doesNotContain("\"grantId\":" + grant + ",");
        assertThat(Api.as(platform, "cityfinance").get("/api/v1/notifications").body())
                .contains("2027-01-04（预计，待国务院办公厅通知）");
    }

    @Test
    @Order(3)
    void theHirePageAndTheCalendarPageSayTheDateIsProvisional() {
        WebDriver city = SignedInBrowser.as(platform, "city");
        try {
            city.get(platform.url("/intake/hires/hire.xhtml?id=" + hire));
            RareEarthPagesIT.page(city, "provisional-hire");
            assertThat(city.findElement(By.id("dueDate")).getText()).isEqualTo("2027-01-04（预计，待国务院办公厅通知）");
            city.get(platform.url("/core/admin/calendar.xhtml?year=2027"));
            RareEarthPagesIT.page(city, "provisional-calendar");
            assertThat(city.findElement(By.id("shown")).getText()).contains("2027", "预计", "全国年节及纪念日放假办法", "春节（补假）");
            assertThat(city.findElement(By.id("pick")).getText()).contains("2027（预计）");
        } finally {
            city.quit();
        }
    }

    @Test
    @Order(3)
    void theCityOfficeIsAskedForTheNoticeOnItsWorkbench() {
        HttpResponse<String> page = Api.as(platform, "city").get("/core/workbench.xhtml");
        assertThat(page.body()).contains("录入下一年度节假日安排").contains("/core/admin/calendar.xhtml");
        assertThat(Api.as(platform, "leader").get("/core/workbench.xhtml").body())
                .doesNotContain("录入下一年度节假日安排");
    }

    @Test
    @Order(4)
    void enteringThe2027NoticeMovesItToTheNextWorkingDayAuditedAndTold() {
        HttpResponse<String> put = Api.as(platform, "city").put("/api/v1/calendar/2027", NOTICE_2027);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(put.body()).contains("\"provisional\":false");

        String g =
                Api.as(platform, "city").get("/api/v1/ledger/grants/" + grant).body();
        assertThat(g).contains("\"dueDate\":\"2027-01-05\"").contains("\"dueProvisional\":false");
        String history =
                Api.as(platform, "city").get("/api/v1/audit/grant/" + grant).body();
        assertThat(history).contains("2027-01-04").contains("2027-01-05").contains("\"username\":\"city\"");
        assertThat(Api.as(platform, "cityfinance").get("/api/v1/notifications").body())
                .contains("拨付期限调整")
                .contains("由 2027-01-04（预计）调整为 2027-01-05");
        assertThat(Api.as(platform, "rezonefinance")
                        .get("/api/v1/notifications")
                        .body())
                .contains("拨付期限调整");
        assertThat(Api.anonymous(platform)
                        .get("/api/v1/calendar/working-days?from=2026-12-18&days=10")
                        .body())
                .contains("\"date\":\"2027-01-05\"")
                .contains("\"provisional\":false");
        // 2028 is now the provisional year, and the to-do is gone
        assertThat(Api.anonymous(platform).get("/health/ready").body())
                .contains("\"nextYearNoticeMissing\":\"false\"")
                .contains("\"provisionalYear\":\"2028\"");
        assertThat(Api.as(platform, "city").get("/core/workbench.xhtml").body()).doesNotContain("录入下一年度节假日安排");
    }
}
