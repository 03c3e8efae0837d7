package cn.gov.baotou.talent.core.ledger;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.calendar.boundary.CalendarEditing;
import cn.gov.baotou.talent.core.ledger.boundary.OverdueShare;
import cn.gov.baotou.talent.core.ledger.boundary.ProvisionalDueDates;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.TestClock;
import java.io.StringReader;
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

/**
 * intake.5.5 across a year without a holiday notice: an agreement signed on 2026-12-18 is due 10 working days later,
 * on 2027-01-04 provisionally (预计); entering a 2027 notice that gives 01-04 off moves it to 01-05 in the entering
 * transaction, audited, the finances and the enterprise told, and a provisional date is never overdue. Run once on H2
 * and once on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ProvisionalDueDatesContract {

    static final LocalDate SIGNED = LocalDate.of(2026, 12, 18);
    static final LocalDate PROVISIONAL_DUE = LocalDate.of(2027, 1, 4);
    static final LocalDate MOVED_DUE = LocalDate.of(2027, 1, 5);

    /** A fictitious 2027 notice (the real one is not out yet): 元旦 from Friday 01-01 to Monday 01-04. */
    static final String NOTICE_2027 =
            """
            {"year":2027,"papers":["https://example.gov.cn/2027-holidays"],"days":[
              {"name":"元旦","date":"2027-01-01","isOffDay":true},
              {"name":"元旦","date":"2027-01-02","isOffDay":true},
              {"name":"元旦","date":"2027-01-03","isOffDay":true},
              {"name":"元旦","date":"2027-01-04","isOffDay":true}]}
            """;

    LedgerDatabase db;
    FundingGrant provisional;
    FundingGrant settled;
    final List<Audience> told = new ArrayList<>();
    final List<String> bodies = new ArrayList<>();

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new LedgerDatabase(freshDatabase());
        long catalyst = db.enterprise("91150203MAYY0D072A");
        long magnet = db.enterprise("91150271MAYY0D013N");
        provisional = db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(db.person("赵旻"), catalyst, LedgerDatabase.KUNDULUN, Yuan.wan(20), SIGNED)));
        settled = db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(
                        db.person("孙昇"), magnet, LedgerDatabase.ZONE, Yuan.wan(10), LocalDate.of(2026, 12, 7))));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void theDueDateCountedInto2027IsStoredProvisional() {
        assertThat(provisional.terms().dueDate()).isEqualTo(PROVISIONAL_DUE);
        assertThat(provisional.terms().due().provisional()).isTrue();
        assertThat(provisional.terms().due().workingDays()).isEqualTo(10);
        assertThat(settled.terms().dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(settled.terms().due().provisional()).isFalse();
        assertThat(db.count("select count(*) from core_grant where due_provisional = true"))
                .isEqualTo(1);
        // the notice may still move it later: a provisional date is never overdue, even past it
        assertThat(overdue(LocalDate.of(2027, 1, 5)))
                .extracting(OverdueShare::grantId)
                .doesNotContain(provisional.id());
        // only the other grant's two shares, due 2026-12-21 on an entered year's days
        long counted = db.overdue(Callers.cityOffice(), o -> o.countAsOf(LocalDate.of(2027, 1, 20)));
        assertThat(counted).isEqualTo(2);
    }

    @Test
    @Order(2)
    void enteringThe2027NoticeMovesItAuditedAndTellsWhoOwesIt() {
        long revisionsBefore = db.count("select count(*) from core_grant_aud where id = " + provisional.id());
        inTransaction(db.emf, em -> new CalendarEditing(
                        em, TestClock.on(LocalDate.of(2026, 12, 20)), e -> new ProvisionalDueDates(em, (to, text) -> {
                                    told.add(to);
                                    bodies.add(text[1]);
                                })
                                .recount(e.calendar()))
                .replace(2027, new StringReader(NOTICE_2027)));

        FundingGrant moved = db.as(Callers.cityOffice(), l -> l.visible(provisional.id()));
        assertThat(moved.terms().dueDate()).isEqualTo(MOVED_DUE);
        assertThat(moved.terms().due().provisional()).isFalse();
        FundingGrant untouched = db.as(Callers.cityOffice(), l -> l.visible(settled.id()));
        assertThat(untouched.terms().dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(db.count("select count(*) from core_grant_aud where id = " + provisional.id()))
                .isEqualTo(revisionsBefore + 1);
        assertThat(told)
                .containsExactlyInAnyOrder(
                        Audience.role(Role.CITY_FINANCE),
                        Audience.district(Role.DISTRICT_FINANCE, LedgerDatabase.KUNDULUN),
                        Audience.enterprise(moved.enterpriseId()));
        assertThat(bodies).allSatisfy(b -> assertThat(b).contains("2027-01-04").contains("2027-01-05"));
    }

    @Test
    @Order(3)
    void itIsNeverOverdueOnTheDateTheNoticeMovedLater() {
        assertThat(overdue(MOVED_DUE)).extracting(OverdueShare::grantId).doesNotContain(provisional.id());
        assertThat(overdue(LocalDate.of(2027, 1, 6)))
                .filteredOn(s -> s.grantId() == provisional.id())
                .hasSize(2)
                .allSatisfy(s -> {
                    assertThat(s.dueProvisional()).isFalse();
                    assertThat(s.workingDaysOverdue()).isEqualTo(1);
                });
    }

    @Test
    @Order(4)
    void aSecondEntryOfTheSameNoticeMovesNothing() {
        List<FundingGrant> moved = inTransaction(db.emf, em -> new ProvisionalDueDates(em, (to, text) -> told.add(to))
                .recount(new cn.gov.baotou.talent.core.calendar.entity.CalendarDays(em).calendar()));
        assertThat(moved).isEmpty();
    }

    private List<OverdueShare> overdue(LocalDate day) {
        return db.overdue(Callers.cityOffice(), o -> o.asOf(day));
    }
}
