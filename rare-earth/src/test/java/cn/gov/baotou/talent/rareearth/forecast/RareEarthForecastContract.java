package cn.gov.baotou.talent.rareearth.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.report.control.ForecastLine;
import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.core.report.control.ForecastRequest;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.rareearth.RareEarthDatabase;
import cn.gov.baotou.talent.rareearth.forecast.boundary.RareEarthForecast;
import cn.gov.baotou.talent.rareearth.grant.boundary.ApplicationForm;
import cn.gov.baotou.talent.rareearth.grant.boundary.ReviewForm;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The measures' part of the budget forecast on a real database (the desk's day is 2024-09-27): two 候鸟式 engineers
 * pending — one with 人社局, one with the city office — and one granted in 2024, priced for 2026 under the 2022 version
 * and a draft raising the engineers' cap to 15 万元. Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RareEarthForecastContract {

    static final String ZONE = "150271";
    static final Caller HR = Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HUMAN_RESOURCES"));

    RareEarthDatabase db;

    abstract DataSource freshDatabase();

    @BeforeAll
    void applications() {
        db = new RareEarthDatabase(freshDatabase());
        long magnet = db.id("select id from core_enterprise where credit_code = '91150271MAYY0D013N'");
        Caller enterprise = Callers.enterprise(magnet);
        db.applications(enterprise, d -> d.submit(migrant("张工", "110101196001011233", "400000.00")));
        long second = db.applications(enterprise, d -> d.submit(migrant("李工", "110101196203041238", "200000.00")))
                .id();
        db.applications(HR, d -> d.review(second, approve("DEPARTMENT_APPROVE")));
        long third = db.applications(enterprise, d -> d.submit(migrant("赵工", "110101195807150019", "500000.00")))
                .id();
        db.applications(HR, d -> d.review(third, approve("DEPARTMENT_APPROVE")));
        assertThat(db.applications(Callers.cityOffice(), d -> d.review(third, approve("CITY_APPROVE")))
                        .status())
                .isEqualTo(ApplicationStatus.GRANTED);
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void thePendingEngineersAreCappedAt10WanInForceAndNotUnderTheDraft() {
        ForecastLine pending = line(forecast(null, 2026, 3), Basis.PIPELINE);
        assertThat(pending.clauseId()).isEqualTo("rare-earth.5");
        assertThat(pending.label()).isEqualTo("五、“候鸟式”工程师补助");
        assertThat(pending.finance()).isEqualTo(ForecastLine.CITY);
        assertThat(pending.cases()).isEqualTo(2);
        assertThat(pending.inForceYuan()).isEqualByComparingTo("160000.00");
        assertThat(pending.draftYuan()).isEqualByComparingTo("180000.00");
    }

    @Test
    void theEngineerGrantedIn2024IsTheVolumeOfThePastYearsThatIncludeIt() {
        ForecastLine past = line(forecast(null, 2026, 3), Basis.VOLUME);
        assertThat(past.cases()).isEqualTo(0);
        assertThat(past.inForceYuan()).isEqualByComparingTo("33333.33");
        assertThat(past.draftYuan()).isEqualByComparingTo("50000.00");
        assertThat(forecast(null, 2026, 1)).noneMatch(l -> l.basis() == Basis.VOLUME);
    }

    @Test
    void anotherDistrictHasNone() {
        assertThat(forecast("150203", 2026, 3)).isEmpty();
        assertThat(forecast(ZONE, 2026, 3)).hasSize(2);
    }

    private List<ForecastLine> forecast(String district, int year, int pastYears) {
        ParameterHistory seed = ParameterHistory.seed();
        LocalDate day = LocalDate.of(year, 1, 1);
        Parameters draft = seed.withDraft(
                ParameterHistory.read(MeasurePricingTest.HEADER
                                + "rare-earth,rare-earth.5,rareEarth.migrantEngineer.capYuan,MONEY,150000.00,元,草稿,"
                                + year + "," + day + ",\n")
                        .all(),
                day);
        ForecastRequest request =
                new ForecastRequest(year, seed.newestOn(day), draft, LocalDate.of(2026, 12, 6), pastYears, district);
        return db.work(em -> new RareEarthForecast(em).forecast(request));
    }

    private static ForecastLine line(List<ForecastLine> lines, Basis basis) {
        return lines.stream()
                .filter(l -> l.basis() == basis)
                .findFirst()
                .orElseThrow(() -> new AssertionError(basis + " in " + lines));
    }

    static ReviewForm approve(String action) {
        return new ReviewForm(action, "同意", null, null);
    }

    static ApplicationForm migrant(String name, String idNumber, String income) {
        return new ApplicationForm(
                5,
                null,
                "PERSON",
                name,
                idNumber,
                "稀土永磁工艺技术咨询",
                "CONSULTING",
                null,
                null,
                null,
                income,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                "稀土高新区人才公寓 3-1201",
                "2024-09-01");
    }
}
