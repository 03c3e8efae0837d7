package cn.gov.baotou.talent.core.ledger;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.ledger.entity.ClauseFunding;
import cn.gov.baotou.talent.core.ledger.entity.ClauseFunding.Figures;
import cn.gov.baotou.talent.core.ledger.entity.ClauseFunding.Within;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ledger's money by clause as a module reads it: committed with each finance's share by the grant's basis date,
 * payments by the day paid and recoveries by the day decided, within a district; and by purpose at rare-earth 规上
 * enterprises whichever policy booked it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClauseFundingOnH2Test {

    LedgerDatabase db;

    @BeforeAll
    void database() {
        db = new LedgerDatabase(TestDatabases.h2());
        long magnet = db.enterprise("91150271MAYY0D013N");
        long catalyst = db.enterprise("91150203MAYY0D072A");
        long wang = db.person("王堃");
        long li = db.person("李喆");
        long paid = db.as(
                        Callers.cityOffice(),
                        l -> l.grant(db.subsidy(wang, magnet, LedgerDatabase.ZONE, Yuan.wan(20), day(2024, 3, 4))))
                .id();
        db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(li, catalyst, LedgerDatabase.KUNDULUN, Yuan.wan(10), day(2025, 1, 6))));
        long hydrogen = db.enterprise("91150271MAYY0D021H");
        long zhang = db.person("张赟");
        db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(zhang, hydrogen, LedgerDatabase.ZONE, Yuan.wan(10), day(2025, 3, 3))));
        db.as(
                Callers.cityFinance(),
                l -> l.recordPayment(paid, FinanceLevel.CITY, Yuan.wan(10), day(2025, 2, 3), "BK-1", "k-1"));
    }

    @AfterAll
    void close() {
        db.emf.close();
    }

    @Test
    void aClausesMoneyIsSummedWithinTheDistrictAndPeriodAsked() {
        Figures all = byClause(Within.ALL).get("intake.3.2.1");
        assertThat(all.grants()).isEqualTo(3);
        assertThat(all.committed()).isEqualTo(Yuan.wan(40));
        assertThat(all.committedCity()).isEqualTo(Yuan.wan(20));
        assertThat(all.paidCity()).isEqualTo(Yuan.wan(10));
        assertThat(all.paid()).isEqualTo(Yuan.wan(10));
        Figures y2025 =
                byClause(new Within(null, day(2025, 1, 1), day(2025, 12, 31))).get("intake.3.2.1");
        assertThat(y2025.grants()).as("booked in 2025").isEqualTo(2);
        assertThat(y2025.committed()).isEqualTo(Yuan.wan(20));
        assertThat(y2025.paidCity()).as("paid in 2025 on a grant of 2024").isEqualTo(Yuan.wan(10));
        Figures kundulun =
                byClause(new Within(LedgerDatabase.KUNDULUN, null, null)).get("intake.3.2.1");
        assertThat(kundulun.grants()).isEqualTo(1);
        assertThat(kundulun.paid()).isEqualTo(Yuan.ZERO);
        assertThat(byClause(new Within(null, day(2023, 1, 1), day(2023, 12, 31))))
                .isEmpty();
    }

    @Test
    void aPurposesMoneyAtRareEarthAboveSizeEnterprisesCountsThoseEnterprisesOnly() {
        Figures rareEarth =
                inTransaction(db.emf, em -> new ClauseFunding(em).ofPurpose("TALENT_INTRO_SUBSIDY", true, Within.ALL));
        Figures any =
                inTransaction(db.emf, em -> new ClauseFunding(em).ofPurpose("TALENT_INTRO_SUBSIDY", false, Within.ALL));
        assertThat(any.grants()).isEqualTo(3);
        assertThat(rareEarth.grants()).as("the storage enterprise is not 规上").isEqualTo(2);
        assertThat(rareEarth.committed()).isEqualTo(Yuan.wan(30));
    }

    private Map<String, Figures> byClause(Within w) {
        return inTransaction(db.emf, em -> new ClauseFunding(em).byClause("intake", w));
    }

    static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }
}
