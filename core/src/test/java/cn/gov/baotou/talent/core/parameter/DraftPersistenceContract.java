package cn.gov.baotou.talent.core.parameter;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.boundary.DraftView;
import cn.gov.baotou.talent.core.parameter.boundary.ParameterDraftDesk;
import cn.gov.baotou.talent.core.parameter.boundary.ParameterView;
import cn.gov.baotou.talent.core.parameter.control.DraftComparison;
import cn.gov.baotou.talent.core.parameter.control.ParameterNotCovered;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.control.VersionPlan;
import cn.gov.baotou.talent.core.parameter.entity.DraftValue;
import cn.gov.baotou.talent.core.parameter.entity.ParameterDraft;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameter;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Draft versions on a real database, today being 2026-12-06 (the 2022 version ended on 2025-12-31): made, changed,
 * compared, refused, deleted and promoted — and never read by a decision until promoted. Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DraftPersistenceContract {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final String DOCTOR = "intake.subsidy.doctorYuan";
    static final String HEADER = "policy,clause,key,type,value,unit,description,version,validFrom,validTo\n";

    private DataSource dataSource;
    private EntityManagerFactory emf;
    private long draft;
    private int keys;

    abstract DataSource freshDatabase();

    @BeforeAll
    void migrate() {
        dataSource = TestDatabases.migrated(freshDatabase(), "core");
        emf = TestDatabases.entityManagerFactory(
                dataSource,
                List.of(
                        District.class,
                        Industry.class,
                        Policy.class,
                        Clause.class,
                        PolicyParameter.class,
                        ParameterDraft.class,
                        DraftValue.class,
                        Revision.class));
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importParameters());
        keys = (int) count("select count(*) from core_parameter");
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    @Order(1)
    void aCopyOfTheNewestVersionBeginsTheDayAfterItEndedAndIsStoredApartAndAudited() {
        assertThat(desk(ParameterDraftDesk::suggestedStart)).isEqualTo(LocalDate.of(2026, 1, 1));
        DraftView d = desk(x -> x.copyOfNewest(" 2026 年提高博士补贴 ", "2026", LocalDate.of(2026, 1, 1), null));
        draft = d.id();
        assertThat(d.name()).isEqualTo("2026 年提高博士补贴");
        assertThat(d.createdBy()).isEqualTo("city");
        assertThat(d.createdOn()).isEqualTo(TODAY);
        assertThat(d.values()).hasSize(keys).allSatisfy(v -> {
            assertThat(v.version()).isEqualTo("2026");
            assertThat(v.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(v.validTo()).isNull();
        });
        assertThat(d.values())
                .filteredOn(v -> v.key().equals(DOCTOR))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.value()).isEqualTo("200000.00");
                    assertThat(v.clauseId()).isEqualTo("intake.3.2.1");
                });
        assertThat(count("select count(*) from core_parameter")).isEqualTo(keys);
        assertThat(count("select count(*) from core_parameter_draft_value")).isEqualTo(keys);
        assertThat(count("select count(*) from core_parameter_draft_aud")).isEqualTo(1);
        assertThat(count("select count(*) from core_parameter_draft_value_aud")).isEqualTo(keys);
    }

    @Test
    @Order(2)
    void aHigherDoctorSubsidyInTheDraftIsSeenByTheForecastButByNoDecisionOnAnyDate() {
        DraftView changed = desk(x -> x.change(draft, "2026 年提高博士补贴", withDoctor(x.one(draft), "300000")));
        assertThat(changed.values())
                .filteredOn(v -> v.key().equals(DOCTOR))
                .singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo("300000.00"));
        // one row changed in place: one more audited revision of one value, none of the others
        assertThat(count("select count(*) from core_parameter_draft_value_aud")).isEqualTo(keys + 1);

        for (LocalDate day : List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1), TODAY)) {
            Parameters decidedOn = read(p -> p.at(day, "submittedOn"));
            assertThatThrownBy(() -> decidedOn.money(DOCTOR)).isInstanceOf(ParameterNotCovered.class);
        }
        Yuan lastDayOf2022 = read(p -> p.at(LocalDate.of(2025, 12, 31), "date").money(DOCTOR));
        assertThat(lastDayOf2022).isEqualTo(Yuan.wan(20));
        List<ParameterValue> stored = read(p -> p.history().all());
        assertThat(stored).hasSize(keys).noneMatch(v -> v.version().equals("2026"));

        DraftComparison c = desk(x -> x.compare(draft, 2026));
        assertThat(c.day()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(c.inForce().money(DOCTOR)).isEqualTo(Yuan.wan(20));
        assertThat(c.draft().money(DOCTOR)).isEqualTo(Yuan.wan(30));
        assertThat(c.draft().money("intake.subsidy.masterYuan")).isEqualTo(Yuan.wan(10));
    }

    @Test
    @Order(3)
    void aYearTheDraftDoesNotReachIsRefusedNamingTheYear() {
        InvalidInput refused = catchThrowableOfType(() -> desk(x -> x.compare(draft, 2025)), InvalidInput.class);
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("year");
            assertThat(e.messageKey()).isEqualTo("draft.year.notCovered");
        });
        assertThatThrownBy(() -> desk(x -> x.compare(404_404, 2026))).isInstanceOf(NotFound.class);
    }

    @Test
    @Order(4)
    void anUploadWithOneBadRowOrOverlappingAStartedVersionIsRefusedWholeAndKeepsNothing() {
        long drafts = count("select count(*) from core_parameter_draft");
        String bad = HEADER
                + "intake,intake.3.2.1," + DOCTOR + ",MONEY,320000.00,元,博士补贴,2027,2027-01-01,2027-12-31\n"
                + "intake,intake.3.2.1,intake.subsidy.masterYuan,MONEY,十五万,元,硕士补贴,2027,2027-01-01,2027-12-31\n";
        InvalidInput refused = catchThrowableOfType(() -> desk(x -> x.upload("2027", bad)), InvalidInput.class);
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("row 3: intake.subsidy.masterYuan.value");
            assertThat(e.messageKey()).isEqualTo("parameter.value.MONEY");
        });
        String started =
                HEADER + "intake,intake.3.2.1," + DOCTOR + ",MONEY,320000.00,元,博士补贴,2025b,2025-06-01,2025-12-31\n";
        InvalidInput overlap = catchThrowableOfType(() -> desk(x -> x.upload("2025b", started)), InvalidInput.class);
        assertThat(overlap.errors()).singleElement().satisfies(e -> assertThat(e.messageKey())
                .isEqualTo("parameter.overlap.started"));
        InvalidInput unnamed = catchThrowableOfType(
                () -> desk(x -> x.upload(" ", HEADER.replace("\n", "") + "\n")), InvalidInput.class);
        assertThat(unnamed.errors()).extracting(e -> e.field()).containsExactly("name");
        assertThat(count("select count(*) from core_parameter_draft")).isEqualTo(drafts);
    }

    @Test
    @Order(5)
    void anUploadedDraftIsReplacedDeletedAndItsHistoryKept() {
        String file =
                HEADER + "intake,intake.3.2.1," + DOCTOR + ",MONEY,250000.00,元,\"博士补贴, 25 万元\",2027,2027-01-01,\n";
        DraftView uploaded = desk(x -> x.upload("2027 试算", file));
        assertThat(uploaded.values()).singleElement().satisfies(v -> {
            assertThat(v.description()).isEqualTo("博士补贴, 25 万元");
            assertThat(v.value()).isEqualTo("250000.00");
        });
        String moved = HEADER
                + "intake,intake.3.2.1," + DOCTOR + ",MONEY,260000.00,元,博士补贴,2027,2027-03-01,\n"
                + "intake,intake.3.2.1,intake.subsidy.masterYuan,MONEY,120000.00,元,硕士补贴,2027,2027-03-01,\n";
        DraftView replaced = desk(x -> x.replace(uploaded.id(), "2027 试算（二）", moved));
        assertThat(replaced.name()).isEqualTo("2027 试算（二）");
        assertThat(replaced.values()).extracting(ParameterView::value).containsExactly("260000.00", "120000.00");
        assertThat(desk(ParameterDraftDesk::all)).extracting(DraftView::id).containsExactly(uploaded.id(), draft);

        desk(x -> {
            x.delete(uploaded.id());
            return null;
        });
        assertThatThrownBy(() -> desk(x -> x.one(uploaded.id()))).isInstanceOf(NotFound.class);
        assertThat(count("select count(*) from core_parameter_draft_value where draft_id = " + uploaded.id()))
                .isZero();
        // Envers keeps the removed rows (revtype 2) with their data: the one moved to March, then the two deleted
        assertThat(count("select count(*) from core_parameter_draft_value_aud where revtype = 2 and draft_id = "
                        + uploaded.id()))
                .isEqualTo(3);
        assertThat(count("select count(*) from core_parameter_draft_aud where revtype = 2 and name = '2027 试算（二）'"))
                .isEqualTo(1);
    }

    @Test
    @Order(6)
    void promotionGoesThroughTheImportAndOnlyThenDoDecisionsSeeTheNewValues() {
        VersionPlan plan = desk(x -> x.promote(draft));
        assertThat(plan.added()).hasSize(keys);
        assertThat(plan.closings()).isEmpty();
        Parameters june = read(p -> p.at(LocalDate.of(2026, 6, 1), "date"));
        assertThat(june.money(DOCTOR)).isEqualTo(Yuan.wan(30));
        assertThat(june.value(DOCTOR).version()).isEqualTo("2026");
        DraftView promoted = desk(x -> x.one(draft));
        assertThat(promoted.promotedOn()).isEqualTo(TODAY);
        assertThat(promoted.promotedBy()).isEqualTo("city");
        assertThatThrownBy(() -> desk(x -> x.promote(draft))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> desk(x -> x.change(draft, "again", withDoctor(x.one(draft), "400000"))))
                .isInstanceOf(Conflict.class);
        assertThat(count("select count(*) from core_parameter")).isEqualTo(2L * keys);
    }

    private static List<ParameterValue> withDoctor(DraftView d, String yuan) {
        List<ParameterValue> values = new ArrayList<>();
        for (ParameterView v : d.values()) {
            values.add(new ParameterValue(
                    v.key(),
                    v.policyId(),
                    v.clauseId(),
                    cn.gov.baotou.talent.core.parameter.entity.ParameterType.valueOf(v.type()),
                    v.key().equals(DOCTOR) ? yuan : v.value(),
                    v.unit(),
                    v.description(),
                    v.version(),
                    v.validFrom(),
                    v.validTo()));
        }
        return values;
    }

    private <T> T desk(Function<ParameterDraftDesk, T> work) {
        return inTransaction(emf, em -> work.apply(new ParameterDraftDesk(em, clock(), "city")));
    }

    private <T> T read(Function<PolicyParameters, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(new PolicyParameters(em));
        } finally {
            em.close();
        }
    }

    private static Clock clock() {
        return Clock.fixed(TODAY.atStartOfDay(Beijing.ZONE).plusHours(10).toInstant(), Beijing.ZONE);
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
