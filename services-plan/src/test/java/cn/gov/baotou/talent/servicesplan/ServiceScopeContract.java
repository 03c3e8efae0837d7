package cn.gov.baotou.talent.servicesplan;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.servicesplan.figures.boundary.FigureForm;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.NominationForm;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;
import java.time.Clock;
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
 * Who the plan serves (services-plan.3), on a real database: a 规上 enterprise recorded as not industrial has no quota
 * whatever its confirmed revenue and its nomination is refused citing the scope, writing nothing; once recorded as
 * industrial it files. A 高企 that is not 规上 counts by revenue through the last day of its certificate only. Run on
 * H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ServiceScopeContract {

    /** 包头示范稀土冶炼分离有限公司 (青山区): 规上, no 高企, no key project. */
    static final String SMELTER = "91150206MAYY0D099D";

    static final String QINGSHAN = "150206";
    /** 包头示范智能装备科技有限公司 (稀土高新区): not 规上, 高企 until 2025-12-19, no key project. */
    static final String EQUIPMENT = "91150271MAYY0D0489";

    static final Clock MARCH_5 = PlanDatabase.at("2025-03-05", 10);

    PlanDatabase db;
    long smelter;
    long equipment;
    Caller smelterUser;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new PlanDatabase(freshDatabase());
        smelter = db.enterprise(SMELTER);
        equipment = db.enterprise(EQUIPMENT);
        smelterUser = Callers.enterprise(smelter);
        confirmed(smelterUser, smelter, QINGSHAN, "12000000000.00");
        confirmed(Callers.enterprise(equipment), equipment, PlanDatabase.ZONE, "12000000000.00");
        industrial(smelter, false);
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void aNonIndustrialEnterpriseAboveDesignatedSizeHasNoQuotaAndItsNominationIsRefusedCitingTheScope() {
        QuotaDecision q = db.as(smelterUser, MARCH_5, d -> d.quota().decide(smelter, 2025));
        assertThat(q.quota()).isZero();
        assertThat(q.outOfScope()).isTrue();
        assertThat(q.checks())
                .filteredOn(c -> !c.passed())
                .extracting(c -> c.clauseId())
                .contains("services-plan.3");
        assertThatThrownBy(() -> db.as(smelterUser, MARCH_5, d -> d.nominations()
                        .submit(new NominationForm(
                                null, List.of(People.nominee("韩磊", "19800101", "011", "EXECUTIVE"))))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("nominees");
                    assertThat(Messages.in(Messages.CHINESE).get(e.errors().get(0)))
                            .startsWith("本企业不在服务范围内（services-plan.3）");
                });
        assertThat(db.count("select count(*) from svc_nomination")).isZero();
    }

    @Test
    @Order(2)
    void recordedAsIndustrialItsRevenueOf120YiGivesTwoAndItFiles() {
        industrial(smelter, true);
        Nomination n = db.as(smelterUser, MARCH_5, d -> d.nominations()
                .submit(new NominationForm(null, List.of(People.nominee("韩磊", "19800101", "011", "EXECUTIVE")))));
        assertThat(n.quota()).isEqualTo(2);
        assertThat(n.basis()).isEqualTo(Basis.REVENUE);
    }

    @Test
    @Order(3)
    void aHighTechEnterpriseCountsByRevenueThroughTheLastDayOfItsCertificateOnly() {
        Caller someone = Callers.cityOffice();
        QuotaDecision last =
                db.as(someone, MARCH_5, d -> d.quota().decide(equipment, 2025, LocalDate.of(2025, 12, 19)));
        QuotaDecision after =
                db.as(someone, MARCH_5, d -> d.quota().decide(equipment, 2025, LocalDate.of(2025, 12, 20)));
        assertThat(last.quota()).isEqualTo(2);
        assertThat(after.quota()).isZero();
        assertThat(after.outOfScope()).isTrue();
    }

    private void confirmed(Caller enterprise, long id, String district, String yuan) {
        long evidence = db.document(id, district);
        Clock february = PlanDatabase.at("2025-02-20", 9);
        long figure = db.as(enterprise, february, d -> d.figures()
                .enter(new FigureForm("2024", "REVENUE", yuan, String.valueOf(evidence)))
                .id());
        db.as(Callers.districtOffice(district), february, d -> d.figures().confirm(figure, null));
    }

    /** As the registry records it (core's Enterprise.recordIndustrial). */
    private void industrial(long id, boolean industrial) {
        inTransaction(db.emf, em -> {
            em.find(Enterprise.class, id).recordIndustrial(industrial);
            return null;
        });
    }
}
