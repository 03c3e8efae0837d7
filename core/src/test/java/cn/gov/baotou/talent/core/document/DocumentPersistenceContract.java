package cn.gov.baotou.talent.core.document;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.document.boundary.DocumentStore;
import cn.gov.baotou.talent.core.document.boundary.UploadForm;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.document.entity.DocumentFiles;
import cn.gov.baotou.talent.core.document.entity.Documents;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.SampleFiles;
import cn.gov.baotou.talent.core.testing.TestClock;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** Uploads stored, read within scope and refused without a trace, on a real database; once on H2, once on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DocumentPersistenceContract {

    static final List<Class<?>> ENTITIES = List.of(
            District.class,
            Industry.class,
            Enterprise.class,
            Person.class,
            Policy.class,
            Clause.class,
            Revision.class,
            Document.class);
    static final long LIMIT = 4096;
    static final byte[] AGREEMENT = pdf("三方协议 2022-001");
    static final String KUNDULUN = "150203";
    static final String RARE_EARTH_ZONE = "150271";

    private Path dataDir;
    private DataSource dataSource;
    private EntityManagerFactory emf;
    private long zoneEnterprise;
    private long otherZoneEnterprise;
    private long kundulunEnterprise;
    private long agreementId;

    abstract DataSource freshDatabase();

    @BeforeAll
    void migrate() throws IOException {
        dataDir = Files.createTempDirectory("talent-documents-");
        dataSource = TestDatabases.migrated(freshDatabase(), "core");
        emf = TestDatabases.entityManagerFactory(dataSource, ENTITIES);
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importDemoData());
        List<Long> zone = enterprisesOf(RARE_EARTH_ZONE);
        zoneEnterprise = zone.get(0);
        otherZoneEnterprise = zone.get(1);
        kundulunEnterprise = enterprisesOf(KUNDULUN).get(0);
    }

    @AfterAll
    void close() throws IOException {
        emf.close();
        try (Stream<Path> all = Files.walk(dataDir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    @Order(1)
    void anEnterpriseUploadsAnAgreementKeptByItsChecksumOutsideTheDatabase() throws IOException {
        Document d = upload(Callers.enterprise(zoneEnterprise), "C:\\扫描\\三方协议.png", "AGREEMENT", null, AGREEMENT);
        agreementId = d.id();
        String sha = sha256(AGREEMENT);
        assertThat(d.sha256()).isEqualTo(sha);
        assertThat(d.contentType().mediaType()).isEqualTo("application/pdf");
        assertThat(d.size()).isEqualTo(AGREEMENT.length);
        assertThat(d.fileName()).isEqualTo("三方协议.png");
        assertThat(d.enterpriseId()).isEqualTo(zoneEnterprise);
        assertThat(d.districtCode()).isEqualTo(RARE_EARTH_ZONE);
        assertThat(d.uploadedBy()).isEqualTo("enterprise" + zoneEnterprise);
        Path stored = dataDir.resolve("documents").resolve(sha.substring(0, 2)).resolve(sha);
        assertThat(Files.readAllBytes(stored)).isEqualTo(AGREEMENT);
        assertThat(storedFiles()).containsExactly(stored);
        assertThat(count("select count(*) from core_document")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theSameContentUploadedAgainIsStoredOnce() {
        Document again = upload(
                Callers.districtOffice(RARE_EARTH_ZONE),
                "copy.pdf",
                "EVIDENCE",
                String.valueOf(zoneEnterprise),
                AGREEMENT);
        assertThat(again.id()).isNotEqualTo(agreementId);
        assertThat(again.enterpriseId()).isEqualTo(zoneEnterprise);
        assertThat(storedFiles()).hasSize(1);
        assertThat(count("select count(*) from core_document")).isEqualTo(2);
    }

    @Test
    @Order(3)
    void aDocumentIsReadOnlyWithinTheCallersScope() {
        for (Caller c : List.of(
                Callers.cityOffice(),
                Callers.as("leader", Role.LEADERSHIP, AccountScope.CITY),
                Callers.as("cityfinance", Role.CITY_FINANCE, AccountScope.CITY),
                Callers.districtOffice(RARE_EARTH_ZONE),
                Callers.enterprise(zoneEnterprise))) {
            assertThat(read(c, agreementId).sha256()).as(c.getUsername()).isEqualTo(sha256(AGREEMENT));
        }
        for (Caller c : List.of(
                Callers.districtOffice(KUNDULUN),
                Callers.as("kundulunfinance", Role.DISTRICT_FINANCE, AccountScope.district(KUNDULUN)),
                Callers.enterprise(otherZoneEnterprise),
                Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HR")))) {
            assertThatThrownBy(() -> read(c, agreementId))
                    .as(c.getUsername())
                    .isInstanceOfSatisfying(
                            NotFound.class, e -> assertThat(e.messageKey()).isEqualTo("document.notFound"));
        }
        assertThatThrownBy(() -> read(Callers.cityOffice(), 999_999)).isInstanceOf(NotFound.class);
    }

    @Test
    @Order(4)
    void theScopeIsPartOfTheQuery() {
        assertThat(visibleTo(new Visibility(false, KUNDULUN, null))).isEmpty();
        assertThat(visibleTo(new Visibility(false, RARE_EARTH_ZONE, null))).isPresent();
        assertThat(visibleTo(new Visibility(false, null, otherZoneEnterprise))).isEmpty();
        assertThat(visibleTo(new Visibility(false, null, zoneEnterprise))).isPresent();
        assertThat(visibleTo(Visibility.NOTHING)).isEmpty();
    }

    private Optional<Document> visibleTo(Visibility v) {
        return inTransaction(emf, em -> new Documents(em).visible(agreementId, v));
    }

    @Test
    @Order(5)
    void theBytesAreServedFromTheStore() throws IOException {
        DocumentStore.Content c = inTransaction(
                emf, em -> store(em, Callers.districtOffice(RARE_EARTH_ZONE)).content(agreementId));
        assertThat(Files.readAllBytes(c.file())).isEqualTo(AGREEMENT);
        assertThat(c.document().contentType().mediaType()).isEqualTo("application/pdf");
    }

    @Test
    @Order(6)
    void aRefusedUploadLeavesNeitherRowNorFile() {
        Caller enterprise = Callers.enterprise(kundulunEnterprise);
        byte[] html = "<html><body>not a contract</body></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(enterprise, "contract.pdf", "AGREEMENT", null, html, "file document.file.type");
        assertRefused(enterprise, "big.pdf", "AGREEMENT", null, pdfOf((int) LIMIT + 1), "file document.file.tooLarge");
        assertRefused(enterprise, "empty.pdf", "AGREEMENT", null, new byte[0], "file document.file.empty");
        assertRefused(enterprise, "a.pdf", "CONTRACT", null, pdf("x"), "kind document.kind.unknown");
        assertRefused(
                enterprise, "a.pdf", null, null, null, "kind document.kind.unknown", "file document.file.required");
        // an enterprise cannot file under another one, nor a district office for another district
        assertRefused(
                enterprise,
                "a.pdf",
                "EVIDENCE",
                String.valueOf(zoneEnterprise),
                pdf("x"),
                "enterpriseId document.enterprise.unknown");
    }

    @Test
    @Order(7)
    void aDistrictFilesOnlyForItselfAndLeadershipFilesNothing() {
        assertThatThrownBy(() -> inTransaction(emf, em -> store(em, Callers.districtOffice(KUNDULUN))
                        .upload(new UploadForm("r.pdf", "RULES", RARE_EARTH_ZONE, null), stream(pdf("r")))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + " " + f.messageKey())
                        .containsExactly("districtCode document.district.notYours"));
        assertThatThrownBy(() -> upload(
                        Callers.as("leader", Role.LEADERSHIP, AccountScope.CITY), "r.pdf", "RULES", null, pdf("r")))
                .isInstanceOf(Forbidden.class);
        Document rules = upload(Callers.cityOffice(), "细则.pdf", "RULES", null, pdf("细则"));
        assertThat(rules.districtCode()).isNull();
        assertThat(rules.enterpriseId()).isNull();
        assertThatThrownBy(() -> read(Callers.districtOffice(KUNDULUN), rules.id()))
                .isInstanceOf(NotFound.class);
        assertThat(read(Callers.as("leader", Role.LEADERSHIP, AccountScope.CITY), rules.id())
                        .kind()
                        .name())
                .isEqualTo("RULES");
    }

    private void assertRefused(
            Caller c, String name, String kind, String enterpriseId, byte[] bytes, String... refusals) {
        long rows = count("select count(*) from core_document");
        List<Path> files = storedFiles();
        assertThatThrownBy(() -> upload(c, name, kind, enterpriseId, bytes))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + " " + f.messageKey())
                        .containsExactly(refusals));
        assertThat(count("select count(*) from core_document")).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
        assertThat(incoming()).isEmpty();
    }

    private Document upload(Caller c, String name, String kind, String enterpriseId, byte[] bytes) {
        return inTransaction(
                emf, em -> store(em, c).upload(new UploadForm(name, kind, null, enterpriseId), stream(bytes)));
    }

    private Document read(Caller c, long id) {
        return inTransaction(emf, em -> store(em, c).visible(id));
    }

    private DocumentStore store(EntityManager em, Caller c) {
        return new DocumentStore(em, new DocumentFiles(dataDir), LIMIT, c, TestClock.CLOCK);
    }

    private List<Long> enterprisesOf(String district) {
        return inTransaction(emf, em -> em.createQuery(
                        "select e.id from Enterprise e where e.district.code = :d order by e.id", Long.class)
                .setParameter("d", district)
                .getResultList());
    }

    private List<Path> storedFiles() {
        return files(dataDir.resolve("documents")).stream()
                .filter(p -> !p.getParent().getFileName().toString().equals("incoming"))
                .sorted()
                .toList();
    }

    private List<Path> incoming() {
        return files(dataDir.resolve("documents").resolve("incoming"));
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static ByteArrayInputStream stream(byte[] bytes) {
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    static byte[] pdf(String text) {
        return SampleFiles.pdf(text);
    }

    static byte[] pdfOf(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(pdf(""), 0, bytes, 0, 8);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
