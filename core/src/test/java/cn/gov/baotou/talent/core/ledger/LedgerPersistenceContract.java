package cn.gov.baotou.talent.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRefused;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRequest;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.GrantStatus;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.testing.Callers;
import java.sql.SQLException;
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
 * Grants through the ledger on a real database, walked in order: booked once, refused naming the first, amended to a
 * higher standard while unpaid; run once on H2 and once on PostgreSQL. Payments and recoveries follow in
 * {@link LedgerPaymentsContract}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LedgerPersistenceContract {

    static final LocalDate SIGNED = LocalDate.of(2024, 9, 27);

    LedgerDatabase db;
    long wang;
    long li;
    long magnet;
    long catalyst;
    long first;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new LedgerDatabase(freshDatabase());
        wang = db.person("王堃");
        li = db.person("李喆");
        magnet = db.enterprise("91150271MAYY0D013N");
        catalyst = db.enterprise("91150203MAYY0D072A");
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void aPhdSubsidyIsBookedSplitOneToOneAndDueTenWorkingDaysAfterSigning() {
        FundingGrant g = db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(wang, magnet, LedgerDatabase.ZONE, Yuan.wan(20), SIGNED)));
        first = g.id();
        assertThat(g.terms().dueDate()).isEqualTo(LocalDate.of(2024, 10, 16));
        assertThat(g.terms().cityShare()).isEqualTo(Yuan.of("100000.00"));
        assertThat(g.terms().districtShare()).isEqualTo(Yuan.of("100000.00"));
        assertThat(g.status()).isEqualTo(GrantStatus.COMMITTED);
        assertThat(g.enterpriseId()).isEqualTo(magnet);
        assertThat(g.grantedBy()).isEqualTo("city");
        assertThat(db.count("select count(*) from core_grant_aud where id = " + first))
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void aSecondGrantForTheSamePurposeUnderAnotherPolicyIsRefusedNamingTheFirst() {
        GrantRequest rareEarth = db.offer(
                wang,
                magnet,
                LedgerDatabase.ZONE,
                "rare-earth",
                "rare-earth.2",
                LedgerDatabase.V2022,
                Yuan.wan(20),
                LocalDate.of(2024, 11, 1));
        assertThatThrownBy(() -> db.as(Callers.cityOffice(), l -> l.grant(rareEarth)))
                .isInstanceOfSatisfying(GrantRefused.class, e -> {
                    assertThat(e.heldGrantId()).isEqualTo(first);
                    assertThat(e.messageKey()).isEqualTo("ledger.precedence.existing");
                    assertThat(e.arguments())
                            .containsExactly(
                                    String.valueOf(first), "intake", "intake.3.2.1", "200000.00", "2024-09-27");
                    assertThat(Messages.in(Messages.CHINESE).get(e.messageKey(), e.arguments()))
                            .contains("第 " + first + " 号", "intake.3.2.1", "200000.00 元", "2024-09-27", "资金支持不重复");
                    assertThat(e.decision().checks())
                            .extracting(Check::clauseId)
                            .containsOnly("rare-earth.closing");
                });
        assertThat(db.count("select count(*) from core_grant")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void theDatabaseItselfRefusesASecondGrantForTheSamePurpose() {
        assertThatThrownBy(() -> db.execute("insert into core_grant (id, version, beneficiary_kind, beneficiary_id,"
                        + " purpose, policy_id, clause_id, version_from, source_module, source_reference,"
                        + " district_code, total_yuan, city_share_yuan, district_share_yuan, basis_date, due_date,"
                        + " status, granted_by, granted_at) values (9999, 0, 'PERSON', " + wang + ","
                        + " 'TALENT_INTRO_SUBSIDY', 'rare-earth', 'rare-earth.2', date '2022-04-05', 'sql', 'x',"
                        + " '150271', 200000.00, 100000.00, 100000.00, date '2024-11-01', date '2024-11-15',"
                        + " 'COMMITTED', 'sql', current_timestamp)"))
                .isInstanceOfSatisfying(
                        SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        assertThat(db.count("select count(*) from core_grant")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aHigherStandardReplacesTheTermsOfAnUnpaidGrantAndTheAuditKeepsTheFormerOnes() {
        FundingGrant master = db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(li, catalyst, LedgerDatabase.KUNDULUN, Yuan.wan(10), SIGNED)));
        GrantRequest higher = db.offer(
                li,
                catalyst,
                LedgerDatabase.KUNDULUN,
                "rare-earth",
                "rare-earth.2",
                LedgerDatabase.V2022,
                Yuan.wan(12),
                LocalDate.of(2024, 10, 8));
        FundingGrant amended = db.as(Callers.cityOffice(), l -> l.grant(higher));
        assertThat(amended.id()).isEqualTo(master.id());
        assertThat(amended.terms().clauseId()).isEqualTo("rare-earth.2");
        assertThat(amended.terms().total()).isEqualTo(Yuan.wan(12));
        assertThat(amended.terms().districtShare()).isEqualTo(Yuan.wan(6));
        assertThat(db.count("select count(*) from core_grant where beneficiary_id = " + li))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from core_grant_aud where id = " + master.id()))
                .isEqualTo(2);
        assertThat(db.count("select count(*) from core_grant_aud where id = " + master.id()
                        + " and total_yuan = 100000.00 and clause_id = 'intake.3.2.1'"))
                .isEqualTo(1);
    }

    @Test
    @Order(5)
    void onlyTheCityOfficeGrantsAndABadRequestIsRefusedFieldByField() {
        GrantRequest ok = db.subsidy(db.person("张赟"), magnet, LedgerDatabase.ZONE, Yuan.wan(10), SIGNED);
        assertThatThrownBy(() -> db.as(Callers.cityFinance(), l -> l.grant(ok))).isInstanceOf(Forbidden.class);
        GrantRequest bad = new GrantRequest(
                ok.beneficiaryKind(),
                ok.beneficiaryId(),
                ok.enterpriseId(),
                "NOPE",
                "intake",
                "rare-earth.2",
                ok.versionFrom(),
                "intake",
                "hire-1",
                null,
                Yuan.wan(10),
                Yuan.wan(5),
                Yuan.of("50000.01"),
                SIGNED,
                SIGNED.minusDays(1));
        assertThatThrownBy(() -> db.as(Callers.cityOffice(), l -> l.grant(bad)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("purpose", "clauseId", "districtShare", "districtCode", "dueDate"));
        assertThat(db.count("select count(*) from core_grant")).isEqualTo(2);
    }
}
