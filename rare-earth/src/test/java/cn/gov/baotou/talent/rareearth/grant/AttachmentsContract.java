package cn.gov.baotou.talent.rareearth.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.document.entity.DocumentFiles;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.SampleFiles;
import cn.gov.baotou.talent.rareearth.RareEarthDatabase;
import cn.gov.baotou.talent.rareearth.grant.boundary.ApplicationForm;
import cn.gov.baotou.talent.rareearth.grant.boundary.AttachmentDesk;
import cn.gov.baotou.talent.rareearth.grant.boundary.ReviewForm;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationDocuments;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
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
 * An application's attachments on a real database: filed with the application through core's document store (type by
 * content, SHA-256), read by the lead department that core's store alone would not let read them, not found by
 * another enterprise, a file that is not what it claims refusing the application with it, and none filed once the
 * application is decided.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AttachmentsContract {

    static final byte[] PDF = SampleFiles.pdf("活动方案");
    static final byte[] PNG = SampleFiles.png();
    static final Caller INDUSTRY = Callers.as("industry", Role.DEPARTMENT, AccountScope.department("INDUSTRY_IT"));

    RareEarthDatabase db;
    DocumentFiles files;
    Caller magnet;
    Caller hydrogen;
    long application;
    long pdf;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() throws IOException {
        db = new RareEarthDatabase(freshDatabase());
        files = new DocumentFiles(Files.createTempDirectory("rare-earth-attachments"));
        magnet = Callers.enterprise(db.id("select id from core_enterprise where credit_code = '91150271MAYY0D013N'"));
        hydrogen = Callers.enterprise(db.id("select id from core_enterprise where credit_code = '91150271MAYY0D021H'"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void anApplicationIsFiledWithItsAttachmentKeptUnderItsChecksum() throws Exception {
        SupportApplication a = attach(magnet, d -> d.submitWith(event(), "活动方案", "方案.pdf", in(PDF)));
        application = a.id();
        List<ApplicationDocuments.Attached> listed = listed(magnet);
        assertThat(listed).singleElement().satisfies(x -> {
            assertThat(x.link().title()).isEqualTo("活动方案");
            assertThat(x.document().fileName()).isEqualTo("方案.pdf");
            assertThat(x.document().contentType().mediaType()).isEqualTo("application/pdf");
            assertThat(x.document().sha256()).isEqualTo(sha256(PDF));
            assertThat(x.document().enterpriseId()).isEqualTo(magnet.scope().enterpriseId());
        });
        pdf = listed.get(0).document().id();
        List<ActivityView> steps = db.applications(magnet, d -> d.timeline(application));
        assertThat(steps).extracting(ActivityView::action).containsExactly("SUBMIT", "ATTACH");
    }

    @Test
    @Order(2)
    void theLeadDepartmentReadsTheBytesAndAnotherEnterpriseFindsNothing() throws Exception {
        AttachmentDesk.Content c = attach(INDUSTRY, d -> d.content(application, pdf));
        assertThat(Files.readAllBytes(c.file())).isEqualTo(PDF);
        assertThat(c.document().size()).isEqualTo(PDF.length);
        assertThatThrownBy(() -> attach(hydrogen, d -> d.content(application, pdf)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attach(hydrogen, d -> d.list(application))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attach(Callers.districtOffice("150203"), d -> d.list(application)))
                .isInstanceOf(NotFound.class);
        assertThat(listed(Callers.districtOffice("150271"))).hasSize(1);
        // a document of the store that is not this application's attachment is not served through it
        assertThatThrownBy(() -> attach(INDUSTRY, d -> d.content(application, pdf + 999)))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.messageKey()).isEqualTo("attachment.notFound"));
    }

    @Test
    @Order(3)
    void aFileThatIsNotWhatItClaimsRefusesTheApplicationWithIt() {
        long applications = db.count("select count(*) from re_application");
        long documents = db.count("select count(*) from core_document");
        InvalidInput refused = catchThrowableOfType(
                () -> attach(
                        magnet,
                        d -> d.submitWith(event(), null, "方案.pdf", in("不是 PDF".getBytes(StandardCharsets.UTF_8)))),
                InvalidInput.class);
        assertThat(refused.errors()).extracting(e -> e.field()).containsExactly("file");
        assertThat(db.count("select count(*) from re_application")).isEqualTo(applications);
        assertThat(db.count("select count(*) from core_document")).isEqualTo(documents);
    }

    @Test
    @Order(4)
    void theCityOfficeFilesOneForTheEnterpriseADepartmentFilesNoneAndADecidedApplicationTakesNoMore() {
        attach(Callers.cityOffice(), d -> d.attach(application, "现场照片", "现场.png", in(PNG)));
        assertThat(listed(magnet))
                .extracting(x -> x.document().contentType().mediaType())
                .containsExactly("application/pdf", "image/png");
        assertThatThrownBy(() -> attach(INDUSTRY, d -> d.attach(application, null, "x.pdf", in(PDF))))
                .isInstanceOf(Forbidden.class);
        db.applications(INDUSTRY, d -> d.review(application, new ReviewForm("DEPARTMENT_REJECT", "材料不全", null, null)));
        assertThatThrownBy(() -> attach(magnet, d -> d.attach(application, null, "x.pdf", in(PDF))))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("attachment.decided"));
    }

    <T> T attach(Caller caller, java.util.function.Function<AttachmentDesk, T> work) {
        return db.attachments(caller, files, work);
    }

    List<ApplicationDocuments.Attached> listed(Caller caller) {
        return attach(caller, d -> d.list(application));
    }

    static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static ApplicationForm event() {
        return new ApplicationForm(
                12,
                null,
                "ENTERPRISE",
                null,
                null,
                "稀土创新创业大赛",
                null,
                null,
                null,
                null,
                "300000.00",
                null,
                null,
                null,
                null,
                false,
                null,
                "2024-09-01",
                null,
                null);
    }
}
