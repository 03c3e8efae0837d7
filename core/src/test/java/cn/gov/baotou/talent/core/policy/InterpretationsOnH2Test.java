package cn.gov.baotou.talent.core.policy;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.policy.boundary.Interpretations;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Interpretation;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The city office records 解释口径 for a clause; others may not; bad input names its field and writes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterpretationsOnH2Test {

    private EntityManagerFactory emf;

    @BeforeAll
    void seed() {
        emf = TestDatabases.entityManagerFactory(
                TestDatabases.migrated(TestDatabases.h2(), "core"),
                List.of(
                        District.class,
                        Industry.class,
                        Policy.class,
                        Clause.class,
                        Revision.class,
                        Interpretation.class));
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void theCityOfficeInterpretsAClauseAndItIsReadWithTheClause() {
        JsonObject body = Json.createObjectBuilder()
                .add("issuedOn", "2022-06-01")
                .add("documentNumber", "包人才办〔2022〕3号")
                .add("text", "“40 周岁以下”含 40 周岁，按申报之日计算。")
                .build();
        inTransaction(
                emf, em -> new Interpretations(new PolicyCatalog(em), Callers.cityOffice()).record("intake.3.1", body));
        List<Interpretation> read =
                inTransaction(emf, em -> new PolicyCatalog(em).interpretations(List.of("intake.3.1")));
        assertThat(read).singleElement().satisfies(i -> {
            assertThat(i.issuedOn()).isEqualTo(LocalDate.of(2022, 6, 1));
            assertThat(i.text()).contains("含 40 周岁");
            assertThat(i.recordedBy()).isEqualTo("city");
        });
    }

    @Test
    void thePlatformsDefaultReadingsAreLoadedOnceDatedAndMarkedForTheCityOfficeToConfirm() {
        int first = inTransaction(emf, em -> new SeedImport(em).importInterpretations());
        int second = inTransaction(emf, em -> new SeedImport(em).importInterpretations());
        assertThat(first).isEqualTo(SHIPPED);
        assertThat(second).as("a second start adds nothing").isZero();
        List<Interpretation> read = inTransaction(emf, em -> new PolicyCatalog(em)
                        .interpretations(List.of("intake.1", "rare-earth.1", "rare-earth.6")))
                .stream()
                .filter(i -> i.issuedOn().equals(LocalDate.of(2026, 12, 7)))
                .toList();
        assertThat(read).hasSize(3).allSatisfy(i -> {
            assertThat(i.documentNumber()).isEqualTo("平台默认口径，待市委人才办确认");
            assertThat(i.recordedBy()).isEqualTo(SeedImport.PLATFORM);
            assertThat(i.issuedOn()).isEqualTo(LocalDate.of(2026, 12, 7));
        });
        assertThat(read.get(0).text()).contains("2022 年一年的目标", "无计划", "2022 年至 2025 年");
        assertThat(read.get(2).text()).contains("“左右”是约数，不是下限");
        List<Interpretation> fidelity2 =
                inTransaction(emf, em -> new PolicyCatalog(em).interpretations(FIDELITY2)).stream()
                        .filter(i -> i.issuedOn().equals(LocalDate.of(2026, 12, 8)))
                        .toList();
        assertThat(fidelity2).extracting(Interpretation::clauseId).containsExactlyElementsOf(FIDELITY2);
        assertThat(fidelity2).allSatisfy(i -> assertThat(i.documentNumber()).isEqualTo("平台默认口径，待市委人才办确认"));
        assertThat(fidelity2.get(0).text()).contains("规模以上工业企业", "10 亿元以上（含 10 亿元");
        assertThat(fidelity2.get(1).text()).contains("PERSON_TOTAL", "第二年度的申请不是重复申请");
        assertThat(fidelity2.get(2).text()).contains("市教育局在审核时核定", "不采用申报单位自报的标准");
        assertThat(fidelity2.get(3).text()).contains("签约周年日", "履行承诺、薪酬待遇、服务保障");
    }

    /** The platform's readings: five of the first session, then those of issue 14's second (dated 2026-12-08). */
    static final List<String> FIDELITY2 = List.of("services-plan.3", "rare-earth.5", "rare-earth.6", "intake.6.2");

    static final int SHIPPED = 5 + FIDELITY2.size();

    @Test
    void othersMayNotAndBadInputIsRefusedWritingNothing() {
        JsonObject body = Json.createObjectBuilder()
                .add("issuedOn", "2022-06-01")
                .add("text", "x")
                .build();
        assertThatThrownBy(() -> inTransaction(
                        emf, em -> new Interpretations(new PolicyCatalog(em), Callers.districtOffice("150203"))
                                .record("intake.3.1", body)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(
                        () -> inTransaction(emf, em -> new Interpretations(new PolicyCatalog(em), Callers.cityOffice())
                                .record("intake.99", body)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(
                        () -> inTransaction(emf, em -> new Interpretations(new PolicyCatalog(em), Callers.cityOffice())
                                .record(
                                        "intake.4",
                                        Json.createObjectBuilder()
                                                .add("issuedOn", "June")
                                                .build())))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors())
                        .extracting(f -> f.field())
                        .containsExactly("issuedOn", "text"));
        List<Interpretation> intake4 =
                inTransaction(emf, em -> new PolicyCatalog(em).interpretations(List.of("intake.4")));
        assertThat(intake4).isEmpty();
    }
}
