package cn.gov.baotou.talent.reporting.store;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import cn.gov.baotou.talent.reporting.archive.boundary.MonthArchiver;
import cn.gov.baotou.talent.reporting.archive.boundary.MonthlyArchive;
import cn.gov.baotou.talent.reporting.archive.entity.ArchiveMonth;
import cn.gov.baotou.talent.reporting.archive.entity.ArchivedReport;
import cn.gov.baotou.talent.reporting.archive.entity.ArchivedReports;
import cn.gov.baotou.talent.reporting.job.boundary.JobForm;
import cn.gov.baotou.talent.reporting.job.boundary.JobProgress;
import cn.gov.baotou.talent.reporting.job.boundary.JobRunner;
import cn.gov.baotou.talent.reporting.job.boundary.ReportJobDesk;
import cn.gov.baotou.talent.reporting.job.entity.JobStage;
import cn.gov.baotou.talent.reporting.job.entity.JobStatus;
import cn.gov.baotou.talent.reporting.job.entity.ReportJob;
import cn.gov.baotou.talent.reporting.job.entity.ReportJobs;
import cn.gov.baotou.talent.reporting.report.boundary.ReportAccess;
import cn.gov.baotou.talent.reporting.store.entity.ReportFiles;
import cn.gov.baotou.talent.reporting.store.entity.StoredReport;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Report jobs and the monthly archive on a real database, with their files under a data directory of their own: once
 * on H2, once on PostgreSQL. The reports themselves are stand-ins; what is tested is what reporting keeps of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ReportingPersistenceContract {

    static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

    EntityManagerFactory emf;
    Path dataDir;
    ReportFiles files;

    abstract DataSource freshDatabase();

    @BeforeAll
    void open() throws IOException {
        DataSource ds = TestDatabases.migrated(freshDatabase(), "core", "reporting");
        emf = TestDatabases.entityManagerFactory(
                ds, List.of(ReportJob.class, ArchiveMonth.class, ArchivedReport.class));
        dataDir = Files.createTempDirectory("reporting-test-");
        files = new ReportFiles(dataDir);
    }

    @AfterAll
    void close() {
        emf.close();
    }

    // ---- the monthly archive

    @Test
    void aMonthIsArchivedOnceAsFourReportsEachWithItsHash() throws IOException {
        FakeReports reports = new FakeReports();
        YearMonth month = YearMonth.of(2025, 11);

        List<ArchivedReport> kept = archiver(reports).archive(month, "test");

        assertThat(kept).extracting(ArchivedReport::kind).containsExactly(ReportKind.values());
        assertThat(reports.asked)
                .containsOnly(ReportScope.city(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 11, 30))));
        for (ArchivedReport a : kept) {
            Path file = files.resolve(a.storedFile());
            byte[] bytes = Files.readAllBytes(file);
            assertThat(ReportFiles.sha256(bytes)).isEqualTo(a.sha256());
            assertThat(a.sizeBytes()).isEqualTo(bytes.length);
            assertThat(a.storedFile()).startsWith("archive/2025/2025-11-").endsWith(".pdf");
            assertThat(Files.getPosixFilePermissions(file)).doesNotContain(PosixFilePermission.OWNER_WRITE);
            assertThat(a.parameterVersion()).isEqualTo("2022");
        }
        assertThat(archiver(reports).archive(month, "test again")).isEmpty();
        assertThat(archived()).filteredOn(a -> a.month().equals(month)).hasSize(4);
    }

    /** First, while the archive is empty: the months the other tests archive would change what is due. */
    @Test
    @Order(1)
    void theMonthsMissedAreCaughtUpOldestFirstAndAgainNothingIsDue() {
        FakeReports reports = new FakeReports();
        archiver(reports).archive(YearMonth.of(2026, 8), "test");
        MonthlyArchive archive = monthly(reports, Callers.cityOffice());

        List<YearMonth> first = archive.catchUp(LocalDate.of(2026, 12, 6));

        assertThat(first).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(archive.catchUp(LocalDate.of(2026, 12, 6))).isEmpty();
        assertThat(archive.list())
                .extracting(a -> a.month().toString())
                .startsWith("2026-11", "2026-11", "2026-11", "2026-11", "2026-10");
    }

    @Test
    void twoInstancesArchivingTheSameMonthAtOnceKeepItOnce() throws Exception {
        YearMonth month = YearMonth.of(2024, 6);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FakeReports slow = new FakeReports();
        slow.whileGathering = () -> {
            claimed.countDown();
            await(release);
        };
        CompletableFuture<List<ArchivedReport>> first =
                CompletableFuture.supplyAsync(() -> archiver(slow).archive(month, "instance 1"));
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
        slow.whileGathering = () -> {};
        CompletableFuture<List<ArchivedReport>> second =
                CompletableFuture.supplyAsync(() -> archiver(new FakeReports()).archive(month, "instance 2"));
        Thread.sleep(400);
        release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).hasSize(4);
        Optional<List<ArchivedReport>> other;
        try {
            other = Optional.of(second.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            other = Optional.empty();
        }
        assertThat(other.orElse(List.of())).isEmpty();
        assertThat(archived()).filteredOn(a -> a.month().equals(month)).hasSize(4);
        assertThat(claimedBy("2024-06")).isEqualTo("instance 1");
    }

    @Test
    void anArchivedFileThatChangedOnDiskIsRefused() throws IOException {
        FakeReports reports = new FakeReports();
        List<ArchivedReport> kept = archiver(reports).archive(YearMonth.of(2023, 3), "test");
        MonthlyArchive archive = monthly(reports, Callers.as("leader", Role.LEADERSHIP, AccountScope.CITY));
        ArchivedReport targets = kept.get(0);
        assertThat(archive.open(targets.id()).bytes())
                .isEqualTo(Files.readAllBytes(files.resolve(targets.storedFile())));

        Path file = files.resolve(targets.storedFile());
        file.toFile().setWritable(true);
        Files.writeString(file, "%PDF-1.7 altered", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> archive.open(targets.id()))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("archive.tampered"));
        assertThatThrownBy(() -> archive.open(999_999)).isInstanceOf(NotFound.class);
    }

    @Test
    void aDistrictOfficeMayNotReadTheWholeCitysArchiveNorAnyoneArchiveButTheCityOffice() {
        FakeReports reports = new FakeReports();
        assertThatThrownBy(
                        () -> monthly(reports, Callers.districtOffice("150203")).list())
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> monthly(reports, Callers.as("leader", Role.LEADERSHIP, AccountScope.CITY))
                        .archiveNow(YearMonth.of(2022, 1)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> monthly(reports, Callers.cityOffice()).archiveNow(YearMonth.of(2026, 12)))
                .isInstanceOf(InvalidInput.class);
    }

    // ---- report jobs

    @Test
    void aJobRunsThroughItsStagesToAStoredFileThatOnlyItsOwnerSees() throws IOException {
        FakeReports reports = new FakeReports();
        Caller leader = Callers.as("leader", Role.LEADERSHIP, AccountScope.CITY);
        ReportJob queued = desk(leader).create(new JobForm("targets", 2025, null, null, "150203", "pdf"), "zh");
        assertThat(queued.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(queued.stage()).isEqualTo(JobStage.WAITING);

        new JobRunner(progress(Clock.fixed(NOW, Beijing.ZONE)), reports, files, 1).run(queued.id());

        ReportJob done = inTransaction(
                emf, em -> new ReportJobDesk(new ReportJobs(em), access(), leader, clock()).mine(queued.id()));
        assertThat(done.status()).isEqualTo(JobStatus.DONE);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.startedAt()).isEqualTo(NOW);
        assertThat(done.storedFile()).isEqualTo("jobs/" + queued.id() + ".pdf");
        byte[] bytes = Files.readAllBytes(files.resolve(done.storedFile()));
        assertThat(ReportFiles.sha256(bytes)).isEqualTo(done.sha256());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("TARGETS", "150203");
        assertThat(reports.asked).containsExactly(new ReportScope(ReportPeriod.year(2025), "150203"));

        assertThatThrownBy(() -> inTransaction(
                        emf, em -> new ReportJobDesk(new ReportJobs(em), access(), Callers.cityOffice(), clock())
                                .mine(queued.id())))
                .isInstanceOf(NotFound.class);
        List<ReportJob> cityOwn = inTransaction(
                emf, em -> new ReportJobDesk(new ReportJobs(em), access(), Callers.cityOffice(), clock()).mine(10));
        assertThat(cityOwn).extracting(ReportJob::id).doesNotContain(queued.id());
    }

    @Test
    void aJobWhoseReportFailsIsMarkedFailedWithTheReason() {
        FakeReports reports = new FakeReports();
        reports.failWith = new IllegalStateException("no parameters for 2026");
        Caller city = Callers.cityOffice();
        ReportJob job = desk(city).create(new JobForm("funds", null, "2025-01", "2025-06", null, "xlsx"), "zh");

        new JobRunner(progress(Clock.fixed(NOW, Beijing.ZONE)), reports, files, 1).run(job.id());

        ReportJob failed = inTransaction(emf, em -> em.find(ReportJob.class, job.id()));
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.failure()).contains("no parameters for 2026");
        assertThat(failed.storedFile()).isNull();
    }

    @Test
    void aBadRequestIsRefusedByFieldAndNothingIsWritten() {
        long before = jobCount();
        assertThatThrownBy(() ->
                        desk(Callers.cityOffice()).create(new JobForm("budget", 2030, null, null, null, "doc"), "zh"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("kind", "format", "year"));
        assertThatThrownBy(() -> desk(Callers.districtOffice("150203"))
                        .create(new JobForm("targets", 2025, null, null, "150271", "pdf"), "zh"))
                .isInstanceOf(Forbidden.class);
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void jobsOlderThanADayGoWithTheirFilesAndStuckOnesAreFailed() {
        Caller leader = Callers.as("leader2", Role.LEADERSHIP, AccountScope.CITY);
        ReportJob old = desk(leader).create(new JobForm("services", 2024, null, null, null, "pdf"), "zh");
        new JobRunner(progress(Clock.fixed(NOW, Beijing.ZONE)), new FakeReports(), files, 1).run(old.id());
        String file =
                inTransaction(emf, em -> em.find(ReportJob.class, old.id()).storedFile());
        assertThat(files.exists(file)).isTrue();
        Clock later = Clock.fixed(NOW.plus(Duration.ofHours(23)), Beijing.ZONE);
        ReportJob stuck = inTransaction(emf, em -> new ReportJobDesk(new ReportJobs(em), access(), leader, later)
                .create(new JobForm("targets", 2024, null, null, null, "pdf"), "zh"));

        int removed = progress(Clock.fixed(NOW.plus(Duration.ofHours(25)), Beijing.ZONE))
                .cleanUp(Duration.ofHours(24), Duration.ofMinutes(60));

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(job(old.id())).isNull();
        assertThat(files.exists(file)).isFalse();
        assertThat(job(stuck.id()).status()).isEqualTo(JobStatus.FAILED);
    }

    @Test
    void jobsOfAStoppedInstanceAreFailedAndTheirOwnerToldButThisInstancesAreNot() {
        Caller leader = Callers.as("leader3", Role.LEADERSHIP, AccountScope.CITY);
        ReportJob mine = desk(leader).create(new JobForm("services", 2024, null, null, null, "pdf"), "zh");
        ReportJob orphan = desk(leader).create(new JobForm("targets", 2024, null, null, null, "pdf"), "zh");
        inTransaction(emf, em -> em.createQuery("update ReportJob j set j.bootId = 'gone' where j.id = :id")
                .setParameter("id", orphan.id())
                .executeUpdate());
        List<String> told = new java.util.ArrayList<>();
        cn.gov.baotou.talent.core.notice.boundary.Notices notices =
                new cn.gov.baotou.talent.core.notice.boundary.Notices() {
                    @Override
                    public boolean sendTo(String username, String title, String body, String link, String source) {
                        told.add(username + ": " + body);
                        return true;
                    }
                };

        int failed = inTransaction(emf, em -> new cn.gov.baotou.talent.reporting.job.boundary.InterruptedJobs(
                        new ReportJobs(em), notices, Clock.fixed(NOW, Beijing.ZONE))
                .failInterrupted(java.util.Set.of(cn.gov.baotou.talent.core.setup.control.BootId.current())));

        assertThat(failed).isEqualTo(1);
        assertThat(job(orphan.id()).status()).isEqualTo(JobStatus.FAILED);
        assertThat(job(orphan.id()).failure()).isEqualTo("平台重启，报表生成中断，请重新提交");
        assertThat(job(mine.id()).status()).isEqualTo(JobStatus.QUEUED);
        assertThat(told).singleElement().asString().startsWith("leader3: ").contains("平台重启");
    }

    List<ArchivedReport> archived() {
        return inTransaction(emf, em -> new ArchivedReports(em).all());
    }

    String claimedBy(String month) {
        return inTransaction(emf, em -> em.find(ArchiveMonth.class, month).claimedBy());
    }

    ReportJob job(long id) {
        return inTransaction(emf, em -> em.find(ReportJob.class, id));
    }

    long jobCount() {
        return inTransaction(emf, em -> em.createQuery("select count(j) from ReportJob j", Long.class)
                .getSingleResult());
    }

    // ---- wiring outside the container: each boundary call in a transaction of its own, as the server would

    MonthArchiver archiver(FakeReports reports) {
        return new MonthArchiver() {
            @Override
            public List<ArchivedReport> archive(YearMonth month, String instance) {
                return inTransaction(emf, em -> new MonthArchiver(new ArchivedReports(em), reports, files, clock())
                        .archive(month, instance));
            }
        };
    }

    MonthlyArchive monthly(FakeReports reports, Caller caller) {
        ArchivedReports reading = new ArchivedReports(emf.createEntityManager()) {
            @Override
            public List<YearMonth> months() {
                return inTransaction(emf, em -> new ArchivedReports(em).months());
            }

            @Override
            public List<ArchivedReport> all() {
                return inTransaction(emf, em -> new ArchivedReports(em).all());
            }

            @Override
            public Optional<ArchivedReport> byId(long id) {
                return inTransaction(emf, em -> new ArchivedReports(em).byId(id));
            }
        };
        return new MonthlyArchive(reading, archiver(reports), files, access(caller), caller, 12, clock());
    }

    ReportJobDesk desk(Caller caller) {
        return new ReportJobDesk() {
            @Override
            public ReportJob create(JobForm form, String language) {
                return inTransaction(emf, em -> new ReportJobDesk(new ReportJobs(em), access(caller), caller, clock())
                        .create(form, language));
            }
        };
    }

    JobProgress progress(Clock clock) {
        return new JobProgress() {
            @Override
            public Optional<ReportJob> begin(long id) {
                return inTransaction(emf, em -> new JobProgress(new ReportJobs(em), files, clock).begin(id));
            }

            @Override
            public void reach(long id, JobStage stage) {
                inTransaction(emf, em -> {
                    new JobProgress(new ReportJobs(em), files, clock).reach(id, stage);
                    return null;
                });
            }

            @Override
            public void done(long id, StoredReport file) {
                inTransaction(emf, em -> {
                    new JobProgress(new ReportJobs(em), files, clock).done(id, file);
                    return null;
                });
            }

            @Override
            public void fail(long id, String reason) {
                inTransaction(emf, em -> {
                    new JobProgress(new ReportJobs(em), files, clock).fail(id, reason);
                    return null;
                });
            }

            @Override
            public int cleanUp(Duration keep, Duration stale) {
                return inTransaction(emf, em -> new JobProgress(new ReportJobs(em), files, clock).cleanUp(keep, stale));
            }
        };
    }

    static Clock clock() {
        return Clock.fixed(NOW, Beijing.ZONE);
    }

    static ReportAccess access() {
        return access(null);
    }

    /** The engine's rule as the contract states it: the city and leadership any scope, a district its own. */
    static ReportAccess access(Caller caller) {
        return new ReportAccess() {
            @Override
            public ReportScope scopeFor(ReportPeriod period, String district) {
                if (caller == null || caller.is(Role.CITY_OFFICE, Role.LEADERSHIP)) {
                    return new ReportScope(period, district);
                }
                if (caller.is(Role.DISTRICT_OFFICE)
                        && district != null
                        && district.equals(caller.scope().districtCode())) {
                    return new ReportScope(period, district);
                }
                throw new Forbidden("report");
            }
        };
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
