package cn.gov.baotou.talent.core.calendar;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.calendar.control.HolidayNotice;
import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDay;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.TestClock;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** The working-day calendar stored, read back and replaced on a real database; run once on H2, once on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CalendarPersistenceContract {

    static final List<Class<?>> ENTITIES = List.of(CalendarYear.class, CalendarDay.class, Revision.class);

    private static final LocalDate FRIDAY_BEFORE_NATIONAL_DAY_2025 = LocalDate.of(2025, 9, 26);

    private DataSource dataSource;
    private EntityManagerFactory emf;

    abstract DataSource freshDatabase();

    @BeforeAll
    void migrate() {
        dataSource = TestDatabases.migrated(freshDatabase(), "core");
        emf = TestDatabases.entityManagerFactory(dataSource, ENTITIES);
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    @Order(1)
    void theSeedNoticesAreLoadedIntoAnEmptyDatabase() {
        List<Integer> loaded = inTransaction(emf, em -> new SeedImport(em).importCalendar());
        assertThat(loaded).containsExactly(2022, 2023, 2024, 2025, 2026);
        assertThat(count("select count(*) from core_calendar_year")).isEqualTo(5);
        long listed = SeedNotices.all().stream().mapToLong(n -> n.days().size()).sum();
        assertThat(count("select count(*) from core_calendar_day")).isEqualTo(listed);
        assertThat(count("select count(*) from core_calendar_day where calendar_year = 2023"
                        + " and calendar_date = date '2022-12-31'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from core_calendar_day_aud")).isEqualTo(listed);
    }

    @Test
    @Order(2)
    void theCalendarFromTheTablesAnswersAsTheSeedFilesDo() {
        WorkingDayCalendar stored = inTransaction(emf, em -> new CalendarDays(em).calendar());
        WorkingDayCalendar seeds = WorkingDayCalendar.of(SeedNotices.all());
        assertThat(stored.years()).containsExactly(2022, 2023, 2024, 2025, 2026);
        for (LocalDate d = LocalDate.of(2022, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            assertThat(stored.isWorkingDay(d)).as("%s", d).isEqualTo(seeds.isWorkingDay(d));
            assertThat(stored.listed(d)).as("%s", d).isEqualTo(seeds.listed(d));
        }
        assertThat(stored.plusWorkingDays(LocalDate.of(2024, 9, 27), 10)).isEqualTo(LocalDate.of(2024, 10, 16));
        assertThat(stored.workingDaysIn(2025)).isEqualTo(248);
        CalendarYear y2025 =
                inTransaction(emf, em -> new CalendarDays(em).year(2025).orElseThrow());
        assertThat(y2025.source()).containsExactly("https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm");
        assertThat(y2025.loadedAt()).isNotNull();
        List<CalendarDay> days = inTransaction(emf, em -> new CalendarDays(em).days(2025));
        assertThat(days).hasSize(33);
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    @Order(3)
    void replacingAYearChangesTheAnswerHereAndOnAnotherInstance() {
        EntityManager otherInstance = emf.createEntityManager();
        try {
            CalendarDays elsewhere = new CalendarDays(otherInstance);
            assertThat(elsewhere.calendar().plusWorkingDays(FRIDAY_BEFORE_NATIONAL_DAY_2025, 10))
                    .isEqualTo(LocalDate.of(2025, 10, 16));

            // an amended 2025 notice: Sunday 09-28 no longer worked, Thursday 10-09 and Friday 10-10 off,
            // 10-01 renamed. Then: 09-29 (1), 09-30 (2), 10-11 Sat (3), 10-13 .. 10-17 (4-8), 10-20 (9), 10-21 (10)
            HolidayNotice amended = amended2025();
            LocalDate[] answers = inTransaction(emf, em -> {
                CalendarDays here = new CalendarDays(em);
                LocalDate before = here.calendar().plusWorkingDays(FRIDAY_BEFORE_NATIONAL_DAY_2025, 10);
                here.replace(amended, TestClock.TODAY.atTime(9, 0));
                return new LocalDate[] {before, here.calendar().plusWorkingDays(FRIDAY_BEFORE_NATIONAL_DAY_2025, 10)};
            });
            assertThat(answers).containsExactly(LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 21));
            assertThat(elsewhere.calendar().plusWorkingDays(FRIDAY_BEFORE_NATIONAL_DAY_2025, 10))
                    .isEqualTo(LocalDate.of(2025, 10, 21));
            assertThat(elsewhere.calendar().workingDaysIn(2025)).isEqualTo(248 - 1 - 2);
        } finally {
            otherInstance.close();
        }
        assertThat(count("select count(*) from core_calendar_day where calendar_year = 2025"))
                .isEqualTo(33 - 1 + 2);
        // the audit trail says what the new notice changed: one day removed, two added, one renamed
        assertThat(count("select count(*) from core_calendar_day_aud where revtype = 2"))
                .isEqualTo(1);
        assertThat(count("select count(*) from core_calendar_day_aud where revtype = 2"
                        + " and calendar_date = date '2025-09-28' and name = '国庆节、中秋节'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from core_calendar_day_aud where revtype = 1"))
                .isEqualTo(1);
        assertThat(count("select count(*) from core_calendar_year_aud where calendar_year = 2025"))
                .isEqualTo(2);
    }

    @Test
    @Order(4)
    void aSecondImportLoadsNothingAndLeavesTheReplacedYearAlone() {
        List<Integer> loaded = inTransaction(emf, em -> new SeedImport(em).importCalendar());
        assertThat(loaded).isEmpty();
        WorkingDayCalendar stored = inTransaction(emf, em -> new CalendarDays(em).calendar());
        assertThat(stored.plusWorkingDays(FRIDAY_BEFORE_NATIONAL_DAY_2025, 10)).isEqualTo(LocalDate.of(2025, 10, 21));
    }

    @Test
    @Order(5)
    void aDayThatAnotherYearsNoticeListsIsRefusedAndNothingIsWritten() {
        long days = count("select count(*) from core_calendar_day");
        long audited = count("select count(*) from core_calendar_day_aud");
        // a 2022 notice that also lists 2022-12-31, which the 2023 notice already lists
        List<HolidayNotice.Day> with = new ArrayList<>(SeedNotices.of(2022).days());
        with.add(new HolidayNotice.Day(LocalDate.of(2022, 12, 30), "元旦", true));
        with.add(new HolidayNotice.Day(LocalDate.of(2022, 12, 31), "元旦", true));
        HolidayNotice notice = new HolidayNotice(2022, SeedNotices.of(2022).papers(), with);
        assertThatThrownBy(() ->
                        inTransaction(emf, em -> new CalendarDays(em).replace(notice, TestClock.TODAY.atTime(9, 0))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.messageKey()).isEqualTo("calendar.day.otherYear");
                            assertThat(f.arguments()).containsExactly("2022-12-31", "2023");
                        }));
        assertThat(count("select count(*) from core_calendar_day")).isEqualTo(days);
        assertThat(count("select count(*) from core_calendar_day_aud")).isEqualTo(audited);
    }

    private static HolidayNotice amended2025() {
        HolidayNotice seed = SeedNotices.of(2025);
        List<HolidayNotice.Day> days = new ArrayList<>();
        for (HolidayNotice.Day d : seed.days()) {
            if (d.date().equals(LocalDate.of(2025, 9, 28))) {
                continue;
            }
            days.add(d.date().equals(LocalDate.of(2025, 10, 1)) ? new HolidayNotice.Day(d.date(), "国庆节", true) : d);
        }
        days.add(new HolidayNotice.Day(LocalDate.of(2025, 10, 9), "国庆节、中秋节", true));
        days.add(new HolidayNotice.Day(LocalDate.of(2025, 10, 10), "国庆节、中秋节", true));
        return new HolidayNotice(2025, seed.papers(), days);
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
