package cn.gov.baotou.talent.intake.hire;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.report.control.ForecastLine;
import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.core.report.control.ForecastRequest;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.intake.agreement.boundary.JointAgreementForm;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.forecast.boundary.IntakeForecast;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Intake's part of the budget forecast on a real database: four hires of magnet (稀土高新区) walked through the
 * workflow in 2024 and 2025 — a PhD and a master brought in, a PhD verified, a master submitted — priced for 2026 under
 * the 2022 version and a draft with a 30 万元 PhD subsidy. Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HireForecastContract {

    static final String ZONE = "150271";
    static final String KUNDULUN = "150203";
    static final String HEADER = "policy,clause,key,type,value,unit,description,version,validFrom,validTo\n";

    IntakeDatabase db;

    abstract DataSource freshDatabase();

    @BeforeAll
    void hires() {
        db = new IntakeDatabase(freshDatabase());
        long magnet = db.id("select id from core_enterprise where credit_code = '91150271MAYY0D013N'");
        db.agreements(
                Callers.districtOffice(ZONE),
                "2024-01-10",
                a -> a.record(new JointAgreementForm(
                        magnet, LocalDate.parse("2024-01-10"), LocalDate.parse("2025-12-31"), null)));
        long copy = db.agreementCopy(magnet, ZONE);
        long doctor2024 = submit(magnet, "2024-09-02", "博一", "19900512", Degree.DOCTOR);
        verify(doctor2024, "2024-09-05");
        db.hires(
                Callers.cityOffice(),
                "2024-09-27",
                d -> d.signAgreement(doctor2024, LocalDate.of(2024, 9, 27), copy, null));
        long master2025 = submit(magnet, "2025-03-03", "硕一", "19990301", Degree.MASTER);
        verify(master2025, "2025-03-05");
        db.hires(
                Callers.cityOffice(),
                "2025-03-20",
                d -> d.signAgreement(master2025, LocalDate.of(2025, 3, 20), copy, null));
        verify(submit(magnet, "2025-06-02", "博二", "19880808", Degree.DOCTOR), "2025-06-05");
        submit(magnet, "2025-06-02", "硕二", "19980101", Degree.MASTER);
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void thePipelineHoldsTheUnpaidSignedTheVerifiedAndTheSubmittedHires() {
        List<ForecastLine> lines = forecast(null);
        ForecastLine doctors = line(lines, Basis.PIPELINE, "博士研究生一次性补贴", ForecastLine.CITY);
        // the PhD signed in 2024 is unpaid (AGREEMENT_SIGNED) and the one verified in 2025: two
        assertThat(doctors.cases()).isEqualTo(2);
        assertThat(doctors.inForceYuan()).isEqualByComparingTo("200000.00");
        assertThat(doctors.draftYuan()).isEqualByComparingTo("300000.00");
        ForecastLine zoneDoctors = line(lines, Basis.PIPELINE, "博士研究生一次性补贴", ZONE);
        assertThat(zoneDoctors.difference()).isEqualByComparingTo("100000.00");
        // the master signed in 2025 and the one submitted: two, unchanged by the draft
        ForecastLine masters = line(lines, Basis.PIPELINE, "硕士研究生一次性补贴", ZONE);
        assertThat(masters.cases()).isEqualTo(2);
        assertThat(masters.difference()).isEqualByComparingTo("0");
    }

    @Test
    void theVolumeIsTheMeanOfTheHiresBroughtInIn2024And2025() {
        List<ForecastLine> lines = forecast(null);
        ForecastLine doctors = line(lines, Basis.VOLUME, "博士研究生一次性补贴", ForecastLine.CITY);
        assertThat(doctors.cases()).isEqualTo(1);
        assertThat(doctors.inForceYuan()).isEqualByComparingTo("50000.00");
        assertThat(doctors.draftYuan()).isEqualByComparingTo("75000.00");
        assertThat(line(lines, Basis.VOLUME, "硕士研究生一次性补贴", ZONE).inForceYuan()).isEqualByComparingTo("25000.00");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.policyId()).isEqualTo("intake");
            assertThat(l.clauseId()).isEqualTo("intake.3.2.1");
            assertThat(l.finance()).isIn(ForecastLine.CITY, ZONE);
        });
    }

    @Test
    void anotherDistrictsForecastHoldsNoneOfTheZonesHires() {
        assertThat(forecast(KUNDULUN)).isEmpty();
        assertThat(forecast(ZONE)).hasSize(forecast(null).size());
    }

    private List<ForecastLine> forecast(String district) {
        ParameterHistory seed = ParameterHistory.seed();
        LocalDate day = LocalDate.of(2026, 1, 1);
        Parameters draft = seed.withDraft(
                ParameterHistory.read(HEADER + "intake,intake.3.2.1,intake.subsidy.doctorYuan,MONEY,300000.00,元,"
                                + "博士补贴 30 万元,2026,2026-01-01,2026-12-31\n")
                        .all(),
                day);
        ForecastRequest request =
                new ForecastRequest(2026, seed.newestOn(day), draft, LocalDate.of(2026, 12, 6), 2, district);
        return db.read(em -> new IntakeForecast(em).forecast(request));
    }

    private long submit(long enterprise, String day, String name, String born, Degree degree) {
        String id = idNumber("150203" + born + "011");
        String birth = born.substring(0, 4) + "-" + born.substring(4, 6) + "-" + born.substring(6);
        return db.hires(
                        Callers.enterprise(enterprise),
                        day,
                        d -> d.submit(HirePersistenceContract.form(name, id, birth, degree)))
                .id();
    }

    private void verify(long hire, String day) {
        db.hires(Callers.cityOffice(), day, d -> d.verify(hire, "核实无误"));
    }

    private static ForecastLine line(List<ForecastLine> lines, Basis basis, String label, String finance) {
        return lines.stream()
                .filter(l -> l.basis() == basis
                        && l.label().equals(label)
                        && l.finance().equals(finance))
                .findFirst()
                .orElseThrow(() -> new AssertionError(basis + " " + label + " " + finance + " in " + lines));
    }

    /** A GB 11643 number: the 17 digits given and their check character. */
    static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
