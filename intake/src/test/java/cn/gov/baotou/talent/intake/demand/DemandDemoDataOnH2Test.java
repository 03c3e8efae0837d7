package cn.gov.baotou.talent.intake.demand;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import cn.gov.baotou.talent.intake.IntakeDatabase;
import cn.gov.baotou.talent.intake.demand.boundary.DemandDemoData;
import cn.gov.baotou.talent.intake.demand.entity.CatalogFilter;
import cn.gov.baotou.talent.intake.demand.entity.DemandStatus;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The demo job demands load once, each checked as a typed demand is, with a timeline that ends where it stands. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandDemoDataOnH2Test {

    IntakeDatabase db;

    @BeforeAll
    void load() {
        db = new IntakeDatabase(TestDatabases.h2());
        loadDemoData();
        loadDemoData();
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void thirteenPublishedDemandsOfTheDemoEnterprisesFillTheCatalogAndThreeWaitElsewhere() {
        long published = db.catalog(c -> c.count(CatalogFilter.NONE));
        long all = db.count("select count(*) from intake_job_demand");
        long industries = db.catalog(c -> c.all(CatalogFilter.NONE).stream()
                .map(d -> d.enterprise().industry().code())
                .distinct()
                .count());
        assertThat(published).isEqualTo(13);
        assertThat(all).isEqualTo(16);
        assertThat(industries).isEqualTo(4);
        long waiting = db.demands(Callers.cityOffice(), b -> b.count(DemandStatus.SUBMITTED, null));
        assertThat(waiting).isEqualTo(2);
    }

    @Test
    void aReturnedDemoDemandSaysWhyInItsTimeline() {
        JobDemand returned = db.demands(Callers.cityOffice(), b -> b.search(DemandStatus.RETURNED, null, 0, 5)
                .get(0));
        List<ActivityView> feed = db.demands(Callers.cityOffice(), b -> b.timeline(returned.id()));
        assertThat(feed).extracting(ActivityView::action).containsExactly("create", "submit", "return");
        assertThat(feed.get(2).reason()).startsWith("请写明台架试验");
        assertThat(returned.returnReason()).isEqualTo(feed.get(2).reason());
    }

    private void loadDemoData() {
        inTransaction(db.emf, em -> {
            new DemandDemoData(em, new ActivityLog(em, () -> "system", IntakeDatabase.CLOCK)).loadDemoData();
            return null;
        });
    }
}
