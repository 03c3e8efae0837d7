package cn.gov.baotou.talent.core.calendar.boundary;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.calendar.control.CalendarNotCovered;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDay;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The public contract of /api/v1/calendar, without a server: the answers as JSON, and every refusal by field. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarResourceTest {

    private EntityManagerFactory emf;
    private EntityManager em;
    private CalendarResource resource;
    private final Jsonb jsonb = JsonbBuilder.create();

    @BeforeAll
    void database() {
        emf = TestDatabases.entityManagerFactory(
                TestDatabases.migrated(TestDatabases.h2(), "core"),
                List.of(CalendarYear.class, CalendarDay.class, Revision.class));
        inTransaction(emf, em -> new SeedImport(em).importCalendar());
    }

    @BeforeEach
    void resource() {
        em = emf.createEntityManager();
        resource = new CalendarResource();
        resource.calendarDays = new CalendarDays(em);
    }

    @AfterEach
    void closeRequest() {
        em.close();
    }

    @AfterAll
    void close() throws Exception {
        jsonb.close();
        emf.close();
    }

    @Test
    void theNthWorkingDayAfterADate() {
        assertThat(jsonb.toJson(resource.workingDays("2024-09-27", "10")))
                .isEqualTo("{\"from\":\"2024-09-27\",\"days\":10,\"date\":\"2024-10-16\",\"provisional\":false}");
        assertThat(resource.workingDays("2025-10-01", "0").date()).hasToString("2025-10-01");
    }

    @Test
    void eachBadParameterIsNamed() {
        assertThat(refusals(null, null)).containsExactly("from calendar.from.required", "days calendar.days.invalid");
        assertThat(refusals("2024-9-27", "-1"))
                .containsExactly("from calendar.from.malformed", "days calendar.days.invalid");
        assertThat(refusals("2024-02-30", "ten"))
                .containsExactly("from calendar.from.malformed", "days calendar.days.invalid");
        assertThat(refusals("2024-09-27", "99999999999")).containsExactly("days calendar.days.invalid");
        // ISO reads it, the calendar's count overflowed into a 500 (issue 15 item 5)
        assertThat(refusals("+999999999-12-31", "1")).containsExactly("from calendar.from.malformed");
        assertThat(refusals("2027-12-28", "5")).containsExactly("from calendar.yearNotCovered");
    }

    @Test
    void aDateCountedIntoTheYearAfterTheLastNoticeIsProvisional() {
        // the example of issue 12: 2026-12-18 + 10 working days, 元旦 2027 by the 放假办法
        assertThat(jsonb.toJson(resource.workingDays("2026-12-18", "10")))
                .isEqualTo("{\"from\":\"2026-12-18\",\"days\":10,\"date\":\"2027-01-04\",\"provisional\":true}");
        assertThat(resource.workingDays("2026-12-17", "10").provisional()).isFalse();
    }

    @Test
    void theYearAfterTheLastNoticeIsShownProvisionalWithItsExpectedDaysOff() {
        CalendarYearView y = resource.year("2027");
        assertThat(y.provisional()).isTrue();
        assertThat(y.source()).singleElement().asString().contains("放假办法");
        assertThat(y.makeUpWorkingDays()).isEmpty();
        assertThat(y.daysOff()).allSatisfy(d -> assertThat(d.provisional()).isTrue());
        assertThat(y.daysOff()).extracting(d -> d.date().toString()).contains("2027-01-01", "2027-02-05", "2027-10-05");
        assertThat(y.workingDays()).isEqualTo(248);
        assertThat(jsonb.toJson(y)).startsWith("{\"year\":2027,\"provisional\":true,");
        assertThat(resource.year("2026").provisional()).isFalse();
    }

    @Test
    void aYearWithItsDaysOffMakeUpDaysAndWorkingDays() {
        CalendarYearView y = resource.year("2025");
        assertThat(y.year()).isEqualTo(2025);
        assertThat(y.source()).containsExactly("https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm");
        assertThat(y.daysOff()).hasSize(28);
        assertThat(y.makeUpWorkingDays())
                .extracting(d -> d.date().toString())
                .containsExactly("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");
        assertThat(y.workingDays()).isEqualTo(248);
        assertThat(jsonb.toJson(y))
                .startsWith("{\"year\":2025,\"provisional\":false,\"source\":[\"https://www.gov.cn/")
                .contains("\"daysOff\":[{\"date\":\"2025-01-01\",\"name\":\"元旦\",\"provisional\":false},")
                .contains("\"makeUpWorkingDays\":[{\"date\":\"2025-01-26\",\"name\":\"春节\",\"provisional\":false},")
                .endsWith(",\"workingDays\":248}");
    }

    @Test
    void aYearWithoutANoticeIsNotFound() {
        for (String year : List.of("2028", "2030", "2021", "20x5", "12345")) {
            assertThatThrownBy(() -> resource.year(year)).isInstanceOfSatisfying(NotFound.class, e -> {
                assertThat(e.messageKey()).isEqualTo("calendar.year.notFound");
                assertThat(e.id()).isEqualTo(year);
            });
        }
    }

    @Test
    void everyCalendarMessageIsInChineseAndEnglishAndPrintsTheYearPlainly() {
        for (Locale l : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.CORE, l);
            assertThat(bundle.keySet())
                    .contains(
                            "calendar.yearNotCovered",
                            "calendar.from.required",
                            "calendar.from.malformed",
                            "calendar.days.invalid",
                            "calendar.year.notFound",
                            "calendar.notice.unreadable",
                            "calendar.notice.year",
                            "calendar.notice.papers",
                            "calendar.notice.noDays",
                            "calendar.notice.date",
                            "calendar.notice.isOffDay",
                            "calendar.notice.name",
                            "calendar.notice.duplicate",
                            "calendar.notice.dateOutsideYear",
                            "calendar.notice.workingDayOnWeekday",
                            "calendar.notice.offDayOnWeekend",
                            "calendar.day.otherYear");
        }
        var notCovered = new CalendarNotCovered("from", 2027).errors().get(0);
        assertThat(Messages.in(Messages.CHINESE).get(notCovered))
                .startsWith("2027 年的节假日安排尚未录入")
                .doesNotContain("2,027");
        assertThat(Messages.in(Locale.ENGLISH).get(notCovered)).contains("for 2027 have not been entered");
    }

    private List<String> refusals(String from, String days) {
        InvalidInput refused = catchThrowableOfType(() -> resource.workingDays(from, days), InvalidInput.class);
        assertThat(refused).as("refused: %s, %s", from, days).isNotNull();
        return refused.errors().stream()
                .map(e -> e.field() + " " + e.messageKey())
                .toList();
    }
}
