package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.document.control.ContentType;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.document.entity.DocumentFiles;
import cn.gov.baotou.talent.core.document.entity.DocumentKind;
import cn.gov.baotou.talent.core.document.entity.Documents;
import cn.gov.baotou.talent.core.document.entity.StoredFile;
import cn.gov.baotou.talent.core.ledger.boundary.CommittedRows;
import cn.gov.baotou.talent.core.ledger.boundary.FundingLedger;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.registry.boundary.PersonRegistry;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Persons;
import cn.gov.baotou.talent.core.setup.control.ModuleSeed;
import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import cn.gov.baotou.talent.core.talent.entity.TalentRecords;
import cn.gov.baotou.talent.intake.agreement.boundary.JointAgreementDesk;
import cn.gov.baotou.talent.intake.agreement.boundary.JointAgreementForm;
import cn.gov.baotou.talent.intake.agreement.entity.JointAgreements;
import cn.gov.baotou.talent.intake.eligibility.boundary.IntakeStandards;
import cn.gov.baotou.talent.intake.hire.entity.Evaluations;
import cn.gov.baotou.talent.intake.hire.entity.HireServices;
import cn.gov.baotou.talent.intake.hire.entity.Hires;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The demo hires ({@code seeds/demo/hires.csv}): PhDs and masters of the demo enterprises in several districts and
 * industries, submitted from 2022 to 2025 and left at every state of the procedure — waiting, verified, refused,
 * signed and unpaid, paid by one finance or both, serving with their services and evaluations, departed with the
 * recovery decided and booked, or waiting for it. Each story is played step by step through the hire desk, as the
 * role of the step and on its day, so the ledger, the talent records, the timelines and the audit trail hold what
 * the real procedure writes. Loaded once into an empty table after core's demo data; nobody is notified of the
 * past. No hire has completed its service period: the plan's first agreements end theirs in 2027.
 */
@ApplicationScoped
public class HireDemoData implements ModuleSeed {

    static final String FILE = "seeds/demo/hires.csv";
    /** The joint agreements the demo enterprises hold: from before their first submission to the plan's end. */
    static final LocalDate AGREEMENTS_UNTIL = LocalDate.of(2025, 12, 31);

    private static final Logger LOG = Logger.getLogger(HireDemoData.class.getName());
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** The demo's past is told to nobody: notices of steps taken years ago would only clutter the inboxes. */
    private static final Notices QUIET = new Notices() {
        @Override
        public int send(Audience to, String title, String body, String link, String source) {
            return 0;
        }
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    Persons persons;

    @Inject
    PersonRegistry registry;

    @Inject
    IntakeStandards standards;

    @Inject
    FundingPurposes purposes;

    @Inject
    CommittedRows committed;

    @Inject
    DocumentFiles files;

    private DemoCallers callers;
    private String copySha256;
    private long copySize;

    public HireDemoData() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public HireDemoData(
            EntityManager em,
            Persons persons,
            PersonRegistry registry,
            IntakeStandards standards,
            FundingPurposes purposes,
            CommittedRows committed,
            DocumentFiles files) {
        this.em = em;
        this.persons = persons;
        this.registry = registry;
        this.standards = standards;
        this.purposes = purposes;
        this.committed = committed;
        this.files = files;
    }

    @Override
    @Transactional
    public void loadDemoData() {
        if (em.createQuery("select count(h) from Hire h", Long.class).getSingleResult() > 0) {
            return;
        }
        long started = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        List<Map<String, String>> rows = new SeedFiles(HireDemoData.class.getClassLoader()).csv(FILE);
        callers = new DemoCallers(em);
        Map<String, Enterprise> enterprises = jointAgreements(rows);
        storeAgreementCopy();
        for (Map<String, String> row : rows) {
            new HireStory(this, row, enterprises.get(row.get("enterprise"))).play();
            // each story leaves its rows written and forgets them: every query would dirty-check them all again
            em.flush();
            em.clear();
        }
        // the CPU time too: on a busy machine the elapsed time says little about what the load costs
        long cpuMillis = (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        LOG.info(() -> "demo data loaded: " + rows.size() + " hires with their steps (synthetic) in "
                + (System.nanoTime() - started) / 1_000_000 + " ms, " + cpuMillis + " ms of CPU");
    }

    /** Each enterprise of the stories signs its 联合招引协议 with its district two weeks before its first submission. */
    private Map<String, Enterprise> jointAgreements(List<Map<String, String>> rows) {
        Map<String, LocalDate> first = new TreeMap<>();
        rows.forEach(r -> first.merge(
                r.get("enterprise"), LocalDate.parse(r.get("submittedOn")), (a, b) -> a.isBefore(b) ? a : b));
        Map<String, Enterprise> enterprises = new TreeMap<>();
        first.forEach((creditCode, submitted) -> {
            Enterprise e = em.createQuery("select e from Enterprise e where e.creditCode = :c", Enterprise.class)
                    .setParameter("c", creditCode)
                    .getSingleResult();
            LocalDate signed = submitted.minusDays(14);
            String district = e.district().code();
            new JointAgreementDesk(em, callers.districtOffice(district), QUIET, at(signed))
                    .record(new JointAgreementForm(e.id(), signed, AGREEMENTS_UNTIL, null));
            enterprises.put(creditCode, e);
        });
        return enterprises;
    }

    /** The one file every demo agreement copy points to, stored by its checksum as an upload is. */
    private void storeAgreementCopy() {
        byte[] pdf = AgreementCopy.pdf();
        try {
            DocumentFiles.Spooled spooled =
                    files.spool(new ByteArrayInputStream(pdf), pdf.length, ContentType.HEAD_BYTES);
            files.keep(spooled);
            copySha256 = spooled.sha256();
            copySize = spooled.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the demo agreement copy", e);
        }
    }

    /** The signed copy of one hire's three-party agreement, filed by the city office the day it was signed. */
    long agreementCopy(Enterprise e, String personName, LocalDate signedOn) {
        Document d = new Document(
                new StoredFile(copySha256, copySize, ContentType.PDF),
                "三方协议-" + personName + ".pdf",
                DocumentKind.AGREEMENT,
                e.district().code(),
                e.id(),
                callers.cityOffice().getUsername(),
                at(signedOn).instant());
        new Documents(em).add(d);
        return d.id();
    }

    /** The hire desk as {@code caller} on {@code day}: every rule and record of the real step, none skipped. */
    HireDesk desk(Caller caller, LocalDate day) {
        Clock clock = at(day);
        return new HireDesk(new HireDeskParts(
                new Hires(em),
                new HireServices(em),
                new Evaluations(em),
                new JointAgreements(em),
                new Documents(em),
                persons,
                registry,
                ledger(caller, clock),
                new TalentRecords(em),
                new ActivityLog(em, caller::getUsername, clock),
                QUIET,
                standards,
                caller,
                clock));
    }

    /**
     * The ledger as {@code caller} on the day of {@code clock}: a payment's day is checked against it, and the last
     * half moves the hire as in the container.
     */
    FundingLedger ledger(Caller caller, Clock clock) {
        PaidSubsidies paid = new PaidSubsidies(new Hires(em), new ActivityLog(em, caller::getUsername, clock));
        return new FundingLedger(em, caller, purposes, committed, clock, paid::settled);
    }

    DemoCallers callers() {
        return callers;
    }

    EntityManager em() {
        return em;
    }

    /** Ten in the morning of the day, Beijing time: when the demo's steps happen. */
    static Clock at(LocalDate day) {
        Instant at = day.atTime(10, 0).atZone(Beijing.ZONE).toInstant();
        return Clock.fixed(at, Beijing.ZONE);
    }
}
