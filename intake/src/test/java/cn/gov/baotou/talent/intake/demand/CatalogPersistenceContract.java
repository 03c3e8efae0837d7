package cn.gov.baotou.talent.intake.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.intake.IntakeDatabase;
import cn.gov.baotou.talent.intake.demand.control.DemandAction;
import cn.gov.baotou.talent.intake.demand.control.DemandDraft;
import cn.gov.baotou.talent.intake.demand.entity.CatalogFilter;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public catalog (岗位需求目录) on a real database, once on H2 and once on PostgreSQL: published demands only,
 * whatever else exists, filtered by each field alone and together, a page at a time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CatalogPersistenceContract {

    IntakeDatabase db;
    long magnet;
    long catalyst;
    long energy;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new IntakeDatabase(freshDatabase());
        magnet = published("91150271MAYY0D013N", Drafts.of("稀土永磁材料研发工程师", "DOCTOR", "08"));
        catalyst = published("91150203MAYY0D072A", Drafts.of("稀土催化剂表征分析工程师", "MASTER", "07"));
        energy = published("91150205MAYY0D187D", Drafts.of("储能系统电气工程师", "MASTER", "08"));
        long dairy = published("91150221MAYY0D2083", Drafts.of("乳品发酵工艺研究员", "DOCTOR", "09"));
        db.demands(enterprise("91150221MAYY0D2083"), b -> b.act(dairy, DemandAction.CLOSE, "岗位已招满"));
        long polish = created("91150207MAYY0D056E", Drafts.of("稀土抛光粉工艺工程师", "DOCTOR", "08"));
        db.demands(enterprise("91150207MAYY0D056E"), b -> b.act(polish, DemandAction.SUBMIT, null));
        created("91150271MAYY0D021H", Drafts.of("储氢合金研发工程师", "DOCTOR", "08"));
        long heavy = created("91150204MAYY0D144H", Drafts.of("重型装备焊接工艺工程师", "MASTER", "08"));
        db.demands(enterprise("91150204MAYY0D144H"), b -> b.act(heavy, DemandAction.SUBMIT, null));
        db.demands(Callers.cityOffice(), b -> b.act(heavy, DemandAction.RETURN, "岗位职责请写具体"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void theCatalogShowsPublishedDemandsOnlyWhateverElseExists() {
        assertThat(db.count("select count(*) from intake_job_demand")).isEqualTo(7);
        assertThat(ids(CatalogFilter.NONE)).containsExactlyInAnyOrder(magnet, catalyst, energy);
        long count = db.catalog(c -> c.count(CatalogFilter.NONE));
        assertThat(count).isEqualTo(3);
    }

    @Test
    void eachFilterNarrowsTheCatalogByItsField() {
        assertThat(ids(filter("NEW_MATERIALS", null, null, null))).containsExactlyInAnyOrder(magnet, catalyst);
        assertThat(ids(filter("MODERN_ENERGY", null, null, null))).containsExactly(energy);
        assertThat(ids(filter("AGRI_LIVESTOCK_PROCESSING", null, null, null))).isEmpty();
        assertThat(ids(filter(null, "DOCTOR", null, null))).containsExactly(magnet);
        assertThat(ids(filter(null, "MASTER", null, null))).containsExactlyInAnyOrder(catalyst, energy);
        assertThat(ids(filter(null, null, "07", null))).containsExactly(catalyst);
        assertThat(ids(filter(null, null, "08", null))).containsExactlyInAnyOrder(magnet, energy);
        assertThat(ids(filter(null, null, null, "150203"))).containsExactly(catalyst);
        assertThat(ids(filter(null, null, null, "150271"))).containsExactly(magnet);
        assertThat(ids(filter("NEW_MATERIALS", "MASTER", "07", "150203"))).containsExactly(catalyst);
        assertThat(ids(filter(" ", "", null, ""))).hasSize(3);
    }

    @Test
    void aFilterThatNamesNothingIsRefusedNamingEachField() {
        assertThatThrownBy(() -> db.catalog(c -> c.filter("STEEL", "BACHELOR", "99", "110000")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("industry", "degree", "discipline", "district"));
    }

    @Test
    void theCatalogIsReadAPageAtATimeTheLatestPublishedFirst() {
        List<Long> first = db.catalog(c -> ids(c.page(CatalogFilter.NONE, 0, 2)));
        List<Long> second = db.catalog(c -> ids(c.page(CatalogFilter.NONE, 2, 2)));
        // all published on the same day: the later demand first
        assertThat(first).containsExactly(energy, catalyst);
        assertThat(second).containsExactly(magnet);
    }

    private List<Long> ids(CatalogFilter f) {
        return db.catalog(c -> ids(c.all(f)));
    }

    private CatalogFilter filter(String industry, String degree, String discipline, String district) {
        return db.catalog(c -> c.filter(industry, degree, discipline, district));
    }

    private long published(String creditCode, DemandDraft draft) {
        long id = created(creditCode, draft);
        db.demands(enterprise(creditCode), b -> b.act(id, DemandAction.SUBMIT, null));
        db.demands(Callers.cityOffice(), b -> b.act(id, DemandAction.PUBLISH, "同意发布"));
        return id;
    }

    private long created(String creditCode, DemandDraft draft) {
        return db.demands(enterprise(creditCode), b -> b.create(draft).id());
    }

    private Caller enterprise(String creditCode) {
        return Callers.enterprise(db.enterprise(creditCode));
    }

    private static List<Long> ids(List<JobDemand> demands) {
        return demands.stream().map(JobDemand::id).toList();
    }
}
