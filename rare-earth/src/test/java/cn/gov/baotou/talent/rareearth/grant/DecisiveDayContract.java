package cn.gov.baotou.talent.rareearth.grant;

import static cn.gov.baotou.talent.rareearth.RareEarthDatabase.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.ParameterNotCovered;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.rareearth.RareEarthDatabase;
import cn.gov.baotou.talent.rareearth.grant.boundary.ApplicationForm;
import cn.gov.baotou.talent.rareearth.grant.boundary.ReviewForm;
import cn.gov.baotou.talent.rareearth.grant.control.SupportRules;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
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
 * The version that decides an application is the one valid on its decisive day, and a day no version covers is
 * refused naming the parameter and its versions' periods: an event on 2025-12-31 (the 2022 version's last day) is
 * decided, one on 2026-01-01 refused; an application made on 2026-01-01 refused likewise — until the city office
 * enters a 2026 version, which then decides those days with its own amounts and books its own version in the ledger.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DecisiveDayContract {

    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    static final LocalDate FIRST_AFTER = LocalDate.of(2026, 1, 1);
    static final Caller INDUSTRY = Callers.as("industry", Role.DEPARTMENT, AccountScope.department("INDUSTRY_IT"));
    static final Caller HR = Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HUMAN_RESOURCES"));

    RareEarthDatabase db;
    Caller magnet;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new RareEarthDatabase(freshDatabase());
        magnet = Callers.enterprise(db.id("select id from core_enterprise where credit_code = '91150271MAYY0D013N'"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void anEventOnThePolicysLastDayIsDecidedWithTheVersionOfThatDay() {
        SupportApplication a =
                db.applications(magnet, on(LocalDate.of(2026, 1, 5)), d -> d.submit(event("2025-12-31", "1200000.00")));
        Decision d = db.applications(magnet, x -> x.decision(a));
        assertThat(d.granted()).isTrue();
        assertThat(d.amount(SupportRules.TOTAL)).isEqualTo(Yuan.wan(50));
        Check version = d.checks().get(0);
        assertThat(version.rule()).isEqualTo("policyVersion");
        assertThat(version.clauseId()).isEqualTo("rare-earth.12");
        assertThat(version.arguments()).startsWith("2022", "2022-04-05", "2025-12-31", "2025-12-31");
        assertThat(Messages.in(Messages.CHINESE)
                        .get(
                                version.bundle(),
                                version.messageKey(),
                                version.arguments().toArray()))
                .contains("活动日期", "2022 版");
    }

    @Test
    @Order(2)
    void anEventTheDayAfterIsRefusedNamingTheParameterAndTheVersionsEnd() {
        long before = db.count("select count(*) from re_application");
        ParameterNotCovered refused = catchThrowableOfType(
                () -> db.applications(
                        magnet, on(LocalDate.of(2026, 1, 5)), d -> d.submit(event("2026-01-01", "1200000.00"))),
                ParameterNotCovered.class);
        assertThat(refused.key()).isEqualTo("rareEarth.events.capYuan");
        FieldError e = refused.errors().get(0);
        assertThat(e.field()).isEqualTo("periodStart");
        String text = Messages.in(Messages.CHINESE).get(e);
        assertThat(text).contains("2026-01-01", "每次活动支持最高不超过 50 万元", "2022: 2022-04-05…2025-12-31");
        assertThat(db.count("select count(*) from re_application")).isEqualTo(before);
    }

    @Test
    @Order(3)
    void anApplicationMadeOnTheLastDayIsTakenAndOneMadeTheDayAfterIsRefused() {
        SupportApplication taken = db.applications(magnet, on(LAST_DAY), d -> d.submit(cultivation()));
        assertThat(taken.submittedOn()).isEqualTo(LAST_DAY);
        assertThat(taken.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        // decided on a later day still with the version of the day it was made
        SupportApplication approved = db.applications(
                HR,
                on(LocalDate.of(2026, 2, 2)),
                d -> d.review(taken.id(), new ReviewForm("DEPARTMENT_APPROVE", "同意", "200000.00", "自治区级团队")));
        assertThat(approved.status()).isEqualTo(ApplicationStatus.CITY_REVIEW);
        ParameterNotCovered refused = catchThrowableOfType(
                () -> db.applications(magnet, on(FIRST_AFTER), d -> d.submit(cultivation())),
                ParameterNotCovered.class);
        assertThat(refused.key()).isEqualTo("rareEarth.cultivation.maxYuan");
        assertThat(refused.errors().get(0).field()).isEqualTo("submittedOn");
        assertThat(Messages.in(Messages.CHINESE).get(refused.errors().get(0)))
                .contains("每个培育人才（团队）资金支持上限 20 万元", "2025-12-31");
    }

    @Test
    @Order(4)
    void aClaimedFactCannotLieAfterTheDayOfApplication() {
        InvalidInput refused = catchThrowableOfType(
                () -> db.applications(magnet, on(LAST_DAY), d -> d.submit(event("2026-01-01", "1000.00"))),
                InvalidInput.class);
        assertThat(refused).isNotInstanceOf(ParameterNotCovered.class);
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("periodStart");
            assertThat(e.messageKey()).isEqualTo("application.fact.afterSubmission");
        });
    }

    @Test
    @Order(5)
    void aNewVersionEnteredAsDataDecidesTheDaysItCoversWithItsOwnAmounts() {
        db.enterVersion(
                LocalDate.of(2026, 1, 10),
                "rare-earth,rare-earth.12,rareEarth.events.ratio,DECIMAL,0.50,比例,创新创业活动支持比例：50%,2026,2026-01-01,2026-12-31\n"
                        + "rare-earth,rare-earth.12,rareEarth.events.capYuan,MONEY,600000.00,元,每次活动支持最高 60 万元,2026,"
                        + "2026-01-01,2026-12-31\n"
                        + "rare-earth,rare-earth.3,rareEarth.cultivation.minYuan,MONEY,50000.00,元,培育支持下限 5 万元,2026,"
                        + "2026-01-01,2026-12-31\n"
                        + "rare-earth,rare-earth.3,rareEarth.cultivation.maxYuan,MONEY,300000.00,元,培育支持上限 30 万元,2026,"
                        + "2026-01-01,2026-12-31\n");
        SupportApplication a = db.applications(
                magnet, on(LocalDate.of(2026, 1, 12)), d -> d.submit(event("2026-01-01", "1400000.00")));
        Decision d = db.applications(magnet, x -> x.decision(a));
        assertThat(d.amount(SupportRules.TOTAL)).isEqualTo(Yuan.wan(60));
        assertThat(d.checks().get(0).arguments()).startsWith("2026", "2026-01-01", "2026-12-31", "2026-01-01");
        // the event of 2025-12-31 keeps the 2022 version's cap
        long old = db.id("select min(id) from re_application where measure_no = 12");
        assertThat(db.applications(magnet, x -> x.decision(x.visible(old))).amount(SupportRules.TOTAL))
                .isEqualTo(Yuan.wan(50));
        db.applications(INDUSTRY, on(LocalDate.of(2026, 1, 13)), x -> x.review(a.id(), approve("DEPARTMENT_APPROVE")));
        SupportApplication granted = db.applications(
                Callers.cityOffice(), on(LocalDate.of(2026, 1, 14)), x -> x.review(a.id(), approve("CITY_APPROVE")));
        assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
        FundingGrant g = db.work(em -> em.find(FundingGrant.class, granted.grantId()));
        assertThat(g.terms().total()).isEqualTo(Yuan.wan(60));
        assertThat(g.terms().versionFrom()).isEqualTo(FIRST_AFTER);
        SupportApplication now = db.applications(magnet, on(FIRST_AFTER), x -> x.submit(cultivation()));
        assertThat(now.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        // the 2026 version says nothing of 候鸟式 engineers: still refused, naming that measure's parameter
        ParameterNotCovered refused = catchThrowableOfType(
                () -> db.applications(magnet, on(FIRST_AFTER), x -> x.submit(migrant())), ParameterNotCovered.class);
        assertThat(refused.key()).isEqualTo("rareEarth.migrantEngineer.capYuan");
    }

    static ReviewForm approve(String action) {
        return new ReviewForm(action, "同意", null, null);
    }

    static ApplicationForm event(String day, String spending) {
        return new ApplicationForm(
                12,
                null,
                "ENTERPRISE",
                null,
                null,
                "包头稀土论坛",
                null,
                null,
                null,
                null,
                spending,
                null,
                null,
                null,
                null,
                false,
                null,
                day,
                null,
                null);
    }

    static ApplicationForm cultivation() {
        return new ApplicationForm(
                3,
                null,
                "ENTERPRISE",
                null,
                null,
                "稀土催化材料创新团队",
                "REGION",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "200000.00",
                false,
                null,
                null,
                null,
                null);
    }

    static ApplicationForm migrant() {
        return new ApplicationForm(
                5,
                null,
                "PERSON",
                "钱工",
                "110101195501011235",
                "技术咨询",
                "CONSULTING",
                null,
                null,
                null,
                "100000.00",
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null);
    }
}
