package cn.gov.baotou.talent.core.calendar.boundary;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.baotou.talent.core.account.boundary.Permitted;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDay;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.TestClock;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** PUT /api/v1/calendar/{year}: the city office enters a year's notice; every bad one is refused by field, unwritten. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarEditingTest {

    static final String NOTICE_2027 =
            """
            {"year": 2027, "papers": ["https://www.gov.cn/zhengce/content/2027-notice.htm"],
             "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                      {"name": "春节", "date": "2027-02-05", "isOffDay": true},
                      {"name": "春节", "date": "2027-02-06", "isOffDay": true},
                      {"name": "春节", "date": "2027-02-07", "isOffDay": true},
                      {"name": "春节", "date": "2027-02-08", "isOffDay": true},
                      {"name": "春节", "date": "2027-01-31", "isOffDay": false}]}
            """;

    private EntityManagerFactory emf;

    @BeforeAll
    void database() {
        emf = TestDatabases.entityManagerFactory(
                TestDatabases.migrated(TestDatabases.h2(), "core"),
                List.of(CalendarYear.class, CalendarDay.class, Revision.class));
        inTransaction(emf, em -> new SeedImport(em).importCalendar());
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void theCityOfficeEntersANewYearAndItIsReadAtOnce() {
        CalendarYearView y = put("2027", NOTICE_2027);
        assertThat(y.year()).isEqualTo(2027);
        assertThat(y.daysOff()).hasSize(5);
        assertThat(y.makeUpWorkingDays()).extracting(d -> d.date().toString()).containsExactly("2027-01-31");
        assertThat(inTransaction(emf, em -> resource(em).year("2027")).daysOff())
                .hasSize(5);
        assertThat(inTransaction(emf, em -> resource(em).workingDays("2026-12-31", "1"))
                        .date())
                .hasToString("2027-01-04");
    }

    @Test
    void aYearOfTheSeedsEnteredAgainIsTheSame() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seeds/calendar/2025.json")) {
            CalendarYearView y = put("2025", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(y.workingDays()).isEqualTo(248);
            assertThat(y.makeUpWorkingDays()).hasSize(5);
        }
    }

    @Test
    void eachBadNoticeIsRefusedByFieldAndNothingIsWritten() {
        assertThat(refusals("2028", NOTICE_2027)).containsExactly("year calendar.notice.yearMismatch");
        assertThat(refusals("20x7", NOTICE_2027)).containsExactly("year calendar.notice.year");
        assertThat(refusals("2027", "")).containsExactly("notice calendar.notice.unreadable");
        assertThat(refusals("2027", null)).containsExactly("notice calendar.notice.unreadable");
        assertThat(refusals("2027", "[1, 2]")).containsExactly("notice calendar.notice.unreadable");
        assertThat(refusals("2027", "{\"year\": 2027")).containsExactly("notice calendar.notice.unreadable");
        assertThat(refusals("2027", "{\"year\": \"2027\", \"papers\": [], \"days\": {}}"))
                .containsExactly(
                        "year calendar.notice.year", "papers calendar.notice.papers", "days calendar.notice.noDays");
        // Monday 2027-01-04 cannot be a make-up working day; a day off listed twice
        assertThat(refusals(
                        "2027",
                        NOTICE_2027
                                .replace("\"2027-01-31\", \"isOffDay\": false", "\"2027-01-04\", \"isOffDay\": false")
                                .replace("\"2027-02-08\"", "\"2027-02-07\"")))
                .containsExactly(
                        "days[4].date calendar.notice.duplicate",
                        "days[5].isOffDay calendar.notice.workingDayOnWeekday");
        assertThat(refusals("2027", NOTICE_2027.replace("2027-02-05", "2027-02-30")))
                .containsExactly("days[1].date calendar.notice.date");
    }

    @Test
    void onlyTheCityOfficeEntersAYearAndReadingStaysPublic() {
        assertThat(CalendarEditing.class.getAnnotation(Permitted.class).value()).containsExactly(Role.CITY_OFFICE);
        assertThat(CalendarResource.class.isAnnotationPresent(Permitted.class)).isFalse();
    }

    @Test
    void theYearMismatchMessageIsInBothLanguages() {
        var error = catchThrowableOfType(() -> put("2028", NOTICE_2027), InvalidInput.class)
                .errors()
                .get(0);
        assertThat(Messages.in(Messages.CHINESE).get(error)).isEqualTo("节假日安排中的年份 2027 与地址中的年份 2028 不一致");
        assertThat(Messages.in(Locale.ENGLISH).get(error))
                .isEqualTo("The notice is for 2027, but the address names 2028");
    }

    private CalendarYearView put(String year, String json) {
        return inTransaction(emf, em -> resource(em).replace(year, json));
    }

    private List<String> refusals(String year, String json) {
        Function<EntityManager, Long> days = em ->
                em.createQuery("select count(d) from CalendarDay d", Long.class).getSingleResult();
        long before = inTransaction(emf, days);
        InvalidInput refused = catchThrowableOfType(() -> put(year, json), InvalidInput.class);
        assertThat(refused).as("refused: %s %s", year, json).isNotNull();
        assertThat(inTransaction(emf, days)).isEqualTo(before);
        return refused.errors().stream()
                .map(e -> e.field() + " " + e.messageKey())
                .toList();
    }

    private static CalendarResource resource(EntityManager em) {
        CalendarResource resource = new CalendarResource();
        resource.calendarDays = new CalendarDays(em);
        resource.editing = new CalendarEditing(em, TestClock.CLOCK, e -> {});
        return resource;
    }
}
