package cn.gov.baotou.talent.servicesplan;

import static cn.gov.baotou.talent.servicesplan.PlanDatabase.CATALYST;
import static cn.gov.baotou.talent.servicesplan.PlanDatabase.KUNDULUN;
import static cn.gov.baotou.talent.servicesplan.PlanDatabase.MAGNET;
import static cn.gov.baotou.talent.servicesplan.PlanDatabase.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.servicesplan.figures.boundary.FigureForm;
import cn.gov.baotou.talent.servicesplan.figures.entity.FigureStatus;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.NominationForm;
import cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep;
import java.time.Clock;
import java.time.Instant;
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
 * Who sees what of the plan, on a real database: an enterprise only its own figures and nominations, a district office
 * only its district's — by id too, answered as missing (404) — and steps refused to every other role. Run once on H2
 * and once on PostgreSQL; the walk through the review chain is in {@link ServicesPlanFlowContract}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ServicesPlanScopeContract {

    static final Clock MARCH_2025 = Clock.fixed(Instant.parse("2025-03-20T02:00:00Z"), Beijing.ZONE);

    PlanDatabase db;
    Caller magnet;
    Caller catalyst;
    Caller zone = Callers.districtOffice(ZONE);
    Caller kundulun = Callers.districtOffice(KUNDULUN);
    long magnetFigure;
    long catalystFigure;
    long nomination;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new PlanDatabase(freshDatabase());
        magnet = Callers.enterprise(db.enterprise(MAGNET));
        catalyst = Callers.enterprise(db.enterprise(CATALYST));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void anEnterpriseEntersItsFiguresWithItsOwnEvidenceOnly() {
        long magnetDoc = db.document(db.enterprise(MAGNET), ZONE);
        long catalystDoc = db.document(db.enterprise(CATALYST), KUNDULUN);
        assertThatThrownBy(() -> enter(magnet, "2024", "REVENUE", "12000000000.00", catalystDoc))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("documentId"));
        magnetFigure = enter(magnet, "2024", "REVENUE", "12000000000.00", magnetDoc);
        catalystFigure = enter(catalyst, "2024", "REVENUE", "6000000000.00", catalystDoc);
        assertThat(db.count("select count(*) from svc_figure")).isEqualTo(2);
    }

    @Test
    @Order(2)
    void aDistrictOfficeConfirmsOnlyItsDistrictsFiguresAndAnotherDistrictsIdIsMissing() {
        assertThatThrownBy(() -> db.as(kundulun, MARCH_2025, d -> d.figures().confirm(magnetFigure, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.as(magnet, MARCH_2025, d -> d.figures().confirm(magnetFigure, null)))
                .isInstanceOf(Forbidden.class);
        assertThat((FigureStatus) db.as(zone, MARCH_2025, d -> d.figures()
                        .confirm(magnetFigure, "与审计报告一致")
                        .status()))
                .isEqualTo(FigureStatus.CONFIRMED);
        assertThat((int) db.as(kundulun, MARCH_2025, d -> d.figures()
                        .search(null, null, 0, 50)
                        .size()))
                .isEqualTo(1);
        assertThat((List<?>) db.as(zone, MARCH_2025, d -> d.figures().search(FigureStatus.PENDING, null, 0, 50)))
                .isEmpty();
    }

    @Test
    @Order(3)
    void anEnterpriseSeesOnlyItsOwnFigures() {
        assertThatThrownBy(() -> db.as(magnet, MARCH_2025, d -> d.figures().visible(catalystFigure)))
                .isInstanceOf(NotFound.class);
        assertThat((List<Long>) db.as(magnet, MARCH_2025, d -> d.figures().search(null, null, 0, 50).stream()
                        .map(f -> f.enterprise().id())
                        .distinct()
                        .toList()))
                .containsExactly(db.enterprise(MAGNET));
        assertThat((int) db.as(magnet, MARCH_2025, d -> d.quota()
                        .decide(db.enterprise(MAGNET), 2025)
                        .quota()))
                .isEqualTo(2);
        // the pending figure of catalyst does not count yet
        assertThat((int) db.as(catalyst, MARCH_2025, d -> d.quota()
                        .decide(db.enterprise(CATALYST), 2025)
                        .quota()))
                .isZero();
    }

    @Test
    @Order(4)
    void aNominationIsSeenByItsEnterpriseItsDistrictAndTheCityOnly() {
        nomination = db.as(magnet, PlanDatabase.at("2025-03-05", 10), d -> d.nominations()
                .submit(new NominationForm(null, List.of(People.nominee("韩磊", "19800101", "011", "EXECUTIVE"))))
                .id());
        assertThat((long) db.as(zone, MARCH_2025, d -> d.nominations()
                        .visible(nomination)
                        .id()))
                .isEqualTo(nomination);
        assertThat((int) db.as(Callers.cityOffice(), MARCH_2025, d -> d.nominations()
                        .search(null, null, 0, 50)
                        .size()))
                .isEqualTo(1);
        for (Caller outsider : List.of(kundulun, catalyst)) {
            assertThatThrownBy(() ->
                            db.as(outsider, MARCH_2025, d -> d.nominations().visible(nomination)))
                    .isInstanceOf(NotFound.class);
            assertThat((List<?>)
                            db.as(outsider, MARCH_2025, d -> d.nominations().search(null, null, 0, 50)))
                    .isEmpty();
            assertThatThrownBy(() ->
                            db.as(outsider, MARCH_2025, d -> d.nominations().timeline(nomination)))
                    .isInstanceOf(NotFound.class);
        }
        assertThatThrownBy(() -> db.as(People.commissioner("hr", "HUMAN_RESOURCES"), MARCH_2025, d -> d.nominations()
                        .visible(nomination)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    @Order(5)
    void aDistrictOfficeOfAnotherDistrictCannotReviewItAndNothingChanges() {
        assertThatThrownBy(() -> db.as(kundulun, MARCH_2025, d -> d.nominations()
                        .review(nomination, NominationStep.DISTRICT_PASS, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.as(Callers.cityOffice(), MARCH_2025, d -> d.nominations()
                        .review(nomination, NominationStep.DISTRICT_PASS, null)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> db.as(magnet, MARCH_2025, d -> d.nominations()
                        .review(nomination, NominationStep.DISTRICT_PASS, null)))
                .isInstanceOf(Forbidden.class);
        assertThat(db.count("select count(*) from svc_nomination where status = 'DISTRICT_REVIEW'"))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from core_activity where case_type = 'services-plan.nomination'"))
                .isEqualTo(1);
    }

    private long enter(Caller caller, String year, String basis, String yuan, long document) {
        return db.as(caller, MARCH_2025, d -> d.figures()
                .enter(new FigureForm(year, basis, yuan, String.valueOf(document)))
                .id());
    }
}
