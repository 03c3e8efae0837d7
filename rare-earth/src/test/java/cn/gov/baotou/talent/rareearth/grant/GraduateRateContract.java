package cn.gov.baotou.talent.rareearth.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.rareearth.RareEarthDatabase;
import cn.gov.baotou.talent.rareearth.grant.boundary.ApplicationForm;
import cn.gov.baotou.talent.rareearth.grant.boundary.ReviewForm;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * rare-earth.6 over the review, on a real database: the training point states how many graduates it enrolled and no
 * rate (a rate it sends is not read); 市教育局 approves only with the amount per graduate it sets and why; the grant is
 * the number times that amount, capped at 50 万. Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GraduateRateContract {

    static final Caller EDUCATION = Callers.as("education", Role.DEPARTMENT, AccountScope.department("EDUCATION"));
    static final Clock SEPTEMBER = RareEarthDatabase.on(LocalDate.of(2024, 9, 27));

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
    void theEducationBureauSetsTheAmountPerGraduateAndTheGrantIsCappedAt50Wan() {
        // the applicant's own 9000 元 a graduate is not the rule's
        SupportApplication a = db.applications(magnet, SEPTEMBER, d -> d.submit(point("120", "9000.00")));
        assertThat(db.applications(magnet, SEPTEMBER, d -> d.decision(a)).granted())
                .isFalse();
        assertThatThrownBy(() -> db.applications(
                        EDUCATION,
                        SEPTEMBER,
                        d -> d.review(a.id(), new ReviewForm("DEPARTMENT_APPROVE", "同意", null, null))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field())
                        .contains("decidedYuan", "decisionReason"));
        SupportApplication reviewed = db.applications(
                EDUCATION,
                SEPTEMBER,
                d -> d.review(a.id(), new ReviewForm("DEPARTMENT_APPROVE", "同意", "4000.00", "按联合培养成本核定")));
        assertThat(reviewed.status()).isEqualTo(ApplicationStatus.CITY_REVIEW);
        SupportApplication done = db.applications(
                Callers.cityOffice(),
                SEPTEMBER,
                d -> d.review(a.id(), new ReviewForm("CITY_APPROVE", "同意", null, null)));
        assertThat(done.status()).isEqualTo(ApplicationStatus.GRANTED);
        FundingGrant g = db.work(em -> em.find(FundingGrant.class, done.grantId()));
        // 120 × 4000 = 48 万, within 50 万
        assertThat(g.terms().total()).isEqualTo(Yuan.wan(48));
        assertThat(g.purpose()).isEqualTo("GRADUATE_TRAINING_FUNDING_2024");
    }

    private static ApplicationForm point(String graduates, String rate) {
        return new ApplicationForm(
                6,
                null,
                "ENTERPRISE",
                null,
                null,
                "稀土功能材料联合研究生培养点",
                null,
                null,
                null,
                null,
                null,
                null,
                graduates,
                rate,
                null,
                false,
                null,
                "2024-09-01",
                null,
                null);
    }
}
