package cn.gov.baotou.talent.intake.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.setup.control.SchemaMigration;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.intake.IntakeDatabase;
import cn.gov.baotou.talent.intake.demand.control.DemandAction;
import cn.gov.baotou.talent.intake.demand.entity.DemandStatus;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
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
 * Job demands on a real database, once on H2 and once on PostgreSQL: each caller sees only its scope (by id too), the
 * workflow's steps by their roles only, every step in the activity feed with its opinion, a refused step changes
 * nothing, and only enterprises in the plan's scope (intake.4) post demands.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DemandPersistenceContract {

    static final String MAGNET = "91150271MAYY0D013N";
    static final String HYDROGEN = "91150271MAYY0D021H";
    static final String ZONE = "150271";
    static final String KUNDULUN = "150203";

    IntakeDatabase db;
    Caller magnet;
    Caller hydrogen;
    long draft;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new IntakeDatabase(freshDatabase());
        magnet = Callers.enterprise(db.enterprise(MAGNET));
        hydrogen = Callers.enterprise(db.enterprise(HYDROGEN));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void aSecondMigrationFindsIntakesSchemaUpToDate() {
        assertThat(SchemaMigration.migrate(db.dataSource, "intake", getClass().getClassLoader()).migrationsExecuted)
                .isZero();
    }

    @Test
    @Order(2)
    void anEnterpriseInScopeDraftsADemandAndTheDraftIsInItsFeed() {
        JobDemand d = db.demands(magnet, b -> b.create(Drafts.magnetEngineer()));
        draft = d.id();
        assertThat(d.status()).isEqualTo(DemandStatus.DRAFT);
        assertThat(d.content().salaryMax().toString()).isEqualTo("400000.00");
        assertThat(timeline(Callers.cityOffice(), draft))
                .extracting(ActivityView::action, ActivityView::toState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("create", "DRAFT"));
    }

    @Test
    @Order(3)
    void anEnterpriseOutOfScopeIsRefusedNamingTheClauseItFails() {
        // 9.99 亿元 project: neither 规上 nor 高企, under the 10 亿元 threshold
        Caller storage = Callers.enterprise(db.enterprise("91150204MAYY0D1607"));
        assertThatThrownBy(() -> db.demands(storage, b -> b.create(Drafts.magnetEngineer())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("enterprise", "check.scope.failed")));
        // 规上 but outside the four key industries
        Caller media = Callers.enterprise(db.enterprise("91150202MAYY0D136R"));
        assertThatThrownBy(() -> db.demands(media, b -> b.create(Drafts.magnetEngineer())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey)
                        .containsExactly("check.industry.failed"));
        // exactly 10 亿元 is "10 亿元以上"
        Caller silicon = Callers.enterprise(db.enterprise("91150207MAYY0D0649"));
        JobDemand atThreshold = db.demands(silicon, b -> b.create(Drafts.of("硅材料工艺工程师", "MASTER", "08")));
        assertThat(atThreshold.status()).isEqualTo(DemandStatus.DRAFT);
    }

    @Test
    @Order(4)
    void anEnterpriseSeesOnlyItsOwnDemandsAndAnotherOnesIdIsAsIfItDidNotExist() {
        long seen = db.demands(magnet, b -> b.visible(draft).id());
        assertThat(seen).isEqualTo(draft);
        assertThatThrownBy(() -> db.demands(hydrogen, b -> b.visible(draft))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.demands(hydrogen, b -> b.timeline(draft))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.demands(hydrogen, b -> b.act(draft, DemandAction.SUBMIT, null)))
                .isInstanceOf(NotFound.class);
        List<JobDemand> others = db.demands(hydrogen, b -> b.search(null, null, 0, 50));
        long othersCount = db.demands(hydrogen, b -> b.count(null, null));
        List<Long> own = db.demands(magnet, b -> ids(b.search(null, null, 0, 50)));
        assertThat(others).isEmpty();
        assertThat(othersCount).isZero();
        assertThat(own).containsExactly(draft);
    }

    @Test
    @Order(5)
    void aDistrictOfficeSeesItsDistrictsDemandsOnlyAndTheCityOfficeAll() {
        List<Long> zone = db.demands(Callers.districtOffice(ZONE), b -> ids(b.search(null, null, 0, 50)));
        List<Long> kundulun = db.demands(Callers.districtOffice(KUNDULUN), b -> ids(b.search(null, null, 0, 50)));
        long all = db.demands(Callers.cityOffice(), b -> b.count(null, null));
        long zoneOnly = db.demands(Callers.cityOffice(), b -> b.count(null, ZONE));
        assertThat(zone).containsExactly(draft);
        assertThat(kundulun).isEmpty();
        assertThatThrownBy(() -> db.demands(Callers.districtOffice(KUNDULUN), b -> b.visible(draft)))
                .isInstanceOf(NotFound.class);
        assertThat(all).isEqualTo(2);
        assertThat(zoneOnly).isEqualTo(1);
    }

    @Test
    @Order(6)
    void eachStepIsTakenByItsRoleOnlyAndARefusedStepChangesNothing() {
        db.demands(magnet, b -> b.act(draft, DemandAction.SUBMIT, null));
        assertThatThrownBy(
                        () -> db.demands(Callers.districtOffice(ZONE), b -> b.act(draft, DemandAction.PUBLISH, "同意")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> db.demands(magnet, b -> b.act(draft, DemandAction.PUBLISH, null)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> db.demands(magnet, b -> b.revise(draft, Drafts.magnetEngineer())))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> db.demands(Callers.cityOffice(), b -> b.act(draft, DemandAction.RETURN, "  ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("opinion"));
        DemandStatus unchanged =
                db.demands(Callers.cityOffice(), b -> b.visible(draft).status());
        assertThat(unchanged).isEqualTo(DemandStatus.SUBMITTED);
        assertThat(timeline(Callers.cityOffice(), draft))
                .extracting(ActivityView::action)
                .containsExactly("create", "submit");
    }

    @Test
    @Order(7)
    void theCityOfficeReturnsWithItsReasonAndPublishesTheCorrectedDemandWithItsOpinion() {
        JobDemand returned = db.demands(Callers.cityOffice(), b -> b.act(draft, DemandAction.RETURN, "请补充年薪范围的下限依据"));
        assertThat(returned.status()).isEqualTo(DemandStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("请补充年薪范围的下限依据");
        db.demands(magnet, b -> b.revise(draft, Drafts.of("稀土永磁材料研发工程师（晶界扩散）", "DOCTOR", "08")));
        db.demands(magnet, b -> b.act(draft, DemandAction.SUBMIT, null));
        JobDemand published =
                db.demands(Callers.cityOffice(), b -> b.act(draft, DemandAction.PUBLISH, "符合重点产业方向，同意发布"));
        assertThat(published.status()).isEqualTo(DemandStatus.PUBLISHED);
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(published.returnReason()).isNull();

        List<ActivityView> feed = timeline(magnet, draft);
        assertThat(feed)
                .extracting(ActivityView::action)
                .containsExactly("create", "submit", "return", "revise", "submit", "publish");
        assertThat(feed.get(2).reason()).isEqualTo("请补充年薪范围的下限依据");
        assertThat(feed.get(2).actor()).isEqualTo("city");
        assertThat(feed.get(5).fromState()).isEqualTo("SUBMITTED");
        assertThat(feed.get(5).toState()).isEqualTo("PUBLISHED");
        assertThat(feed.get(5).reason()).isEqualTo("符合重点产业方向，同意发布");
        assertThat(feed.get(1).actor()).isEqualTo(magnet.getUsername());
    }

    @Test
    @Order(8)
    void aPublishedDemandCannotBeChangedAndTheCityOfficeClosesItOnlyWithAReason() {
        assertThatThrownBy(() -> db.demands(magnet, b -> b.revise(draft, Drafts.magnetEngineer())))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("demand.edit.notInState"));
        assertThatThrownBy(() -> db.demands(Callers.cityOffice(), b -> b.act(draft, DemandAction.CLOSE, null)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> db.demands(magnet, b -> b.act(draft, DemandAction.SUBMIT, null)))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("demand.transition.notFrom"));
    }

    private List<ActivityView> timeline(Caller caller, long id) {
        return db.demands(caller, b -> b.timeline(id));
    }

    static List<Long> ids(List<JobDemand> demands) {
        return demands.stream().map(JobDemand::id).toList();
    }
}
