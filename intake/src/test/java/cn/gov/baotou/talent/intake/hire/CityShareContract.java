package cn.gov.baotou.talent.intake.hire;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.ParameterFile;
import cn.gov.baotou.talent.core.parameter.control.VersionPlan;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.intake.agreement.boundary.JointAgreementForm;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ledger books the split the decision computed, not a fixed half (intake.3.2.1, intake.5.5): under a version whose
 * city share is 0.6 and whose deadline is 15 working days, a PhD submitted in its period is booked 12 万 to the city and
 * 8 万 to the district, due 15 working days after signing. Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CityShareContract {

    static final String VERSION = "policy,clause,key,type,value,unit,description,version,validFrom,validTo\n"
            + "intake,intake.3.2.1,intake.subsidy.cityShare,DECIMAL,0.6,比例,市级财政承担补贴的比例,2024b,2024-07-01,2025-12-31\n"
            + "intake,intake.5.5,intake.payment.workingDays,INTEGER,15,个工作日,拨付期限,2024b,2024-07-01,2025-12-31\n";

    IntakeDatabase db;
    long magnet;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new IntakeDatabase(freshDatabase());
        magnet = db.id("select id from core_enterprise where credit_code = '91150271MAYY0D013N'");
        db.agreements(
                Callers.cityOffice(),
                "2024-06-03",
                a -> a.record(new JointAgreementForm(
                        magnet, LocalDate.parse("2024-01-10"), LocalDate.parse("2025-12-31"), null)));
        inTransaction(db.emf, em -> {
            PolicyParameters p = new PolicyParameters(em);
            p.apply(VersionPlan.of(
                    ParameterFile.read(VERSION), p.clausePolicies(), p.values(), LocalDate.of(2024, 6, 15)));
            return null;
        });
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void theGrantIsSplitAndDueAsTheVersionOfTheDecisionSays() {
        Hire h = db.hires(
                Callers.enterprise(magnet),
                "2024-09-02",
                d -> d.submit(HirePersistenceContract.form(
                        "周博", HirePersistenceContract.PHD_ID, "1990-05-12", Degree.DOCTOR)));
        assertThat(h.eligibility().city()).isEqualTo(Yuan.wan(12));
        db.hires(Callers.cityOffice(), "2024-09-05", d -> d.verify(h.id(), "核实无误"));
        long copy = db.agreementCopy(magnet, HirePersistenceContract.ZONE);
        Hire signed = db.hires(
                Callers.cityOffice(),
                "2024-09-27",
                d -> d.signAgreement(h.id(), LocalDate.of(2024, 9, 27), copy, "三方协议已签"));
        FundingGrant g =
                db.ledger(Callers.cityOffice(), l -> l.visible(signed.progress().grantId()));
        assertThat(g.terms().total()).isEqualTo(Yuan.wan(20));
        assertThat(g.terms().cityShare()).isEqualTo(Yuan.wan(12));
        assertThat(g.terms().districtShare()).isEqualTo(Yuan.wan(8));
        // 15 working days after Friday 27 September 2024, across the National Day holiday (1–7 October)
        assertThat(g.terms().dueDate()).isEqualTo(LocalDate.of(2024, 10, 23));
    }
}
