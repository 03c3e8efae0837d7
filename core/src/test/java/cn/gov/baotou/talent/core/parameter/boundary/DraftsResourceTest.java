package cn.gov.baotou.talent.core.parameter.boundary;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.baotou.talent.core.account.boundary.Permitted;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.parameter.entity.DraftValue;
import cn.gov.baotou.talent.core.parameter.entity.ParameterDraft;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameter;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
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

/** /api/v1/parameters/drafts without a server: the city office's only, every refusal by field, the file round trip. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftsResourceTest {

    private EntityManagerFactory emf;
    private EntityManager em;
    private DraftsResource resource;
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
                        ParameterDraft.class,
                        DraftValue.class,
                        Revision.class));
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importParameters());
    }

    @BeforeEach
    void resource() {
        em = emf.createEntityManager();
        em.getTransaction().begin();
        resource = new DraftsResource();
        resource.desk =
                new ParameterDraftDesk(em, Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), Beijing.ZONE), "city");
    }

    @AfterEach
    void closeRequest() {
        em.getTransaction().rollback();
        em.close();
    }

    @AfterAll
    void close() throws Exception {
        jsonb.close();
        emf.close();
    }

    @Test
    void everyOperationIsTheCityOfficesOnly() {
        assertThat(ParameterDraftDesk.class.getAnnotation(Permitted.class).value())
                .containsExactly(Role.CITY_OFFICE);
    }

    @Test
    void aDraftReadsAsJsonAndAsTheVersionFileAndIsReplacedByAnEditedFile() {
        long id = resource.desk
                .copyOfNewest("2026 年草稿", "2026", java.time.LocalDate.of(2026, 1, 1), null)
                .id();
        assertThat(jsonb.toJson(resource.one(id)))
                .startsWith("{\"id\":" + id + ",\"name\":\"2026 年草稿\",\"versions\":\"2026（2026-01-01…）\","
                        + "\"createdBy\":\"city\",\"createdOn\":\"2026-12-06\",\"size\":64,\"values\":[");
        assertThat(resource.all()).extracting(DraftView::id).contains(id);
        String csv = resource.desk.csv(id);
        assertThat(csv)
                .startsWith("policy,clause,key,type,value,unit,description,version,validFrom,validTo\n")
                .contains("intake,intake.3.2.1,intake.subsidy.doctorYuan,MONEY,200000.00,元,博士研究生一次性补贴 20 万元,2026,"
                        + "2026-01-01,\n");
        DraftView replaced = resource.replace(
                id,
                "2026 年草稿（改）",
                new ByteArrayInputStream(
                        csv.replace("MONEY,200000.00", "MONEY,300000.00").getBytes(StandardCharsets.UTF_8)));
        assertThat(replaced.name()).isEqualTo("2026 年草稿（改）");
        assertThat(replaced.values())
                .filteredOn(v -> v.key().equals("intake.subsidy.doctorYuan"))
                .singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo("300000.00"));
    }

    @Test
    void aCopyWithoutNameOrFirstDayIsRefusedNamingEachField() {
        InvalidInput refused = catchThrowableOfType(
                () -> resource.copy(Json.createObjectBuilder()
                        .add("version", "2026")
                        .add("validFrom", "2026-13-01")
                        .build()),
                InvalidInput.class);
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("name", "validFrom");
        InvalidInput label = catchThrowableOfType(
                () -> resource.copy(Json.createObjectBuilder()
                        .add("name", "x")
                        .add("version", "二〇二六")
                        .add("validFrom", "2026-01-01")
                        .build()),
                InvalidInput.class);
        assertThat(label.errors()).extracting(FieldError::field).containsExactly("version");
    }

    @Test
    void everyDraftMessageIsInChineseAndEnglish() {
        List<String> keys = List.of(
                "draft.notFound",
                "draft.name.required",
                "draft.name.tooLong",
                "draft.validFrom.required",
                "draft.year.notCovered",
                "draft.promoted",
                "drafts.title",
                "draft.title",
                "draft.saved",
                "draft.promotedNow");
        for (Locale l : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            assertThat(ResourceBundle.getBundle(Messages.CORE, l).keySet()).containsAll(keys);
        }
    }
}
