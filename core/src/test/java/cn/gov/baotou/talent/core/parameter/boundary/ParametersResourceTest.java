package cn.gov.baotou.talent.core.parameter.boundary;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.baotou.talent.core.account.boundary.Permitted;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameter;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The public contract of /api/v1/parameters, without a server: the answers as JSON, and every refusal by field. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParametersResourceTest {

    private static final String FILE = "policy,clause,key,type,value,unit,description,version,validFrom,validTo\n"
            + "intake,intake.3.1,intake.age.masterMax,INTEGER,35,周岁,硕士年龄上限：35 周岁以下,2026,2026-01-01,\n";

    private EntityManagerFactory emf;
    private EntityManager em;
    private ParametersResource resource;
    private final Jsonb jsonb = JsonbBuilder.create();

    @BeforeAll
    void database() {
        emf = TestDatabases.entityManagerFactory(
                TestDatabases.migrated(TestDatabases.h2(), "core"),
                List.of(
                        District.class,
                        Industry.class,
                        Policy.class,
                        Clause.class,
                        PolicyParameter.class,
                        Revision.class));
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importParameters());
    }

    @BeforeEach
    void resource() {
        em = emf.createEntityManager();
        resource = new ParametersResource();
        resource.clock = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), Beijing.ZONE);
        resource.versions = new ParameterVersions(em, resource.clock);
    }

    @AfterEach
    void closeRequest() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    @AfterAll
    void close() throws Exception {
        jsonb.close();
        emf.close();
    }

    @Test
    void theValuesInForceOnADayWithTheirClausesAndVersions() {
        ParametersResource.InForce answer = resource.inForce("2024-06-01");
        assertThat(answer.parameters()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(jsonb.toJson(answer))
                .startsWith("{\"date\":\"2024-06-01\",\"parameters\":[")
                .contains(
                        "{\"key\":\"intake.subsidy.doctorYuan\",\"value\":\"200000.00\",\"type\":\"MONEY\",\"unit\":\"元\","
                                + "\"description\":\"博士研究生一次性补贴 20 万元\",\"policyId\":\"intake\","
                                + "\"clauseId\":\"intake.3.2.1\",\"version\":\"2022\",\"validFrom\":\"2022-04-05\","
                                + "\"validTo\":\"2025-12-31\",\"clausePage\":\"/core/policy.xhtml?id=intake#intake.3.2.1\"}");
        assertThat(resource.inForce("2022-04-04").parameters()).isEmpty();
    }

    @Test
    void aBadDateOrAnUnknownKeyIsRefused() {
        InvalidInput refused = catchThrowableOfType(() -> resource.inForce("2024-6-1"), InvalidInput.class);
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("date");
            assertThat(e.messageKey()).isEqualTo("parameter.date.malformed");
        });
        assertThatThrownBy(() -> resource.versions("intake.subsidy.unknown"))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.messageKey()).isEqualTo("parameter.key.notFound"));
    }

    @Test
    void aVersionFileIsImportedByTheCityOfficeOnlyAndThenListedWithTheKey() throws Exception {
        assertThat(ParameterVersions.class
                        .getMethod("importFile", String.class)
                        .getAnnotation(Permitted.class)
                        .value())
                .containsExactly(Role.CITY_OFFICE);
        em.getTransaction().begin();
        ParametersResource.Imported imported =
                resource.importVersion(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)));
        assertThat(imported.added()).singleElement().satisfies(v -> assertThat(v.version())
                .isEqualTo("2026"));
        assertThat(imported.closed()).isEmpty();
        assertThat(resource.versions("intake.age.masterMax"))
                .extracting(ParameterView::version, ParameterView::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2022", "30"),
                        org.assertj.core.groups.Tuple.tuple("2026", "35"));
    }

    @Test
    void aFileInAnotherEncodingThanUtf8IsRefusedWithAHint() {
        byte[] gbk = FILE.getBytes(Charset.forName("GBK"));
        InvalidInput refused =
                catchThrowableOfType(() -> resource.importVersion(new ByteArrayInputStream(gbk)), InvalidInput.class);
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.messageKey()).isEqualTo("parameter.file.encoding");
        });
    }

    @Test
    void everyParameterMessageIsInChineseAndEnglish() {
        List<String> keys = List.of(
                "parameter.notCovered",
                "parameter.key.notFound",
                "parameter.date.malformed",
                "parameter.file.required",
                "parameter.file.empty",
                "parameter.file.header",
                "parameter.file.tooManyRows",
                "parameter.file.tooLarge",
                "parameter.file.encoding",
                "parameter.row.cells",
                "parameter.key.malformed",
                "parameter.key.unknown",
                "parameter.policy.unknown",
                "parameter.clause.unknown",
                "parameter.clause.otherPolicy",
                "parameter.type.unknown",
                "parameter.type.mismatch",
                "parameter.value.MONEY",
                "parameter.value.INTEGER",
                "parameter.value.DECIMAL",
                "parameter.value.DATE",
                "parameter.value.MONTH_DAY",
                "parameter.value.TEXT",
                "parameter.unit.invalid",
                "parameter.description.invalid",
                "parameter.version.malformed",
                "parameter.validTo.beforeFrom",
                "parameter.overlap.inFile",
                "parameter.overlap",
                "parameter.overlap.started",
                "parameter.overlap.gap",
                "parameters.title",
                "parameters.imported");
        for (Locale l : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            assertThat(ResourceBundle.getBundle(Messages.CORE, l).keySet()).containsAll(keys);
        }
        assertThat(Messages.in(Messages.CHINESE).get(Messages.CORE, "parameter.overlap.gap", "2022", "a", "b"))
                .contains("2022 版");
    }
}
