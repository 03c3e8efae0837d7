package cn.gov.baotou.talent.servicesplan.demo.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Accounts;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.document.boundary.DocumentStore;
import cn.gov.baotou.talent.core.document.boundary.UploadForm;
import cn.gov.baotou.talent.core.document.entity.DocumentFiles;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.notice.entity.Notifications;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.servicesplan.figures.boundary.FigureDesk;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.MeetingDesk;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.NominationDesk;
import cn.gov.baotou.talent.servicesplan.request.boundary.RequestDesk;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanStandards;
import cn.gov.baotou.talent.servicesplan.service.boundary.ServiceItemDesk;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's façades as a demo user works them at a given hour of a day of 2025, all inside the demo loader's one
 * transaction: the demo accounts as they are stored, and for demo enterprises without an account an unsaved user of
 * the enterprise; notices dated that day, and no e-mail. Evidence is stored like an upload.
 */
final class DemoOffice {

    /** The demo's PDFs are a few hundred bytes; an upload's usual limit. */
    static final long EVIDENCE_MAX_BYTES = 10L * 1024 * 1024;

    private final EntityManager em;
    private final DocumentFiles files;
    private final Map<String, Caller> callers = new HashMap<>();
    private final ServicesPlanStandards standards;

    DemoOffice(EntityManager em, DocumentFiles files) {
        this.em = em;
        this.files = files;
        this.standards = new ServicesPlanStandards(new PolicyParameters(em));
    }

    /** A stored demo account, e.g. {@code catalyst}, {@code kundulun}, {@code city}, {@code hr}. */
    Caller account(String username) {
        return callers.computeIfAbsent(
                username, u -> as(new Accounts(em).byUsername(u).orElseThrow()));
    }

    /** A user of an enterprise that has no demo account, named for the activity entries. */
    Caller staff(String username, String creditCode) {
        return callers.computeIfAbsent(
                username,
                u -> as(new Account(
                        u,
                        enterprise(creditCode).name(),
                        Role.ENTERPRISE,
                        AccountScope.enterprise(enterprise(creditCode).id()),
                        "not-a-hash",
                        Instant.EPOCH,
                        true)));
    }

    EntityManager entityManager() {
        return em;
    }

    Enterprise enterprise(String creditCode) {
        return em.createQuery("select e from Enterprise e where e.creditCode = :c", Enterprise.class)
                .setParameter("c", creditCode)
                .getSingleResult();
    }

    /** The day at the hour, Beijing time, as the façades' clock. */
    static Clock at(String day, int hour) {
        return Clock.fixed(
                LocalDate.parse(day)
                        .atTime(LocalTime.of(hour, 0))
                        .atZone(Beijing.ZONE)
                        .toInstant(),
                Beijing.ZONE);
    }

    /** An evidence PDF uploaded by the enterprise's user at the time of {@code clock}; its document id. */
    String evidence(Caller enterpriseUser, Clock clock, String fileName, String... lines) {
        return String.valueOf(new DocumentStore(em, files, EVIDENCE_MAX_BYTES, enterpriseUser, clock)
                .upload(
                        new UploadForm(fileName, "EVIDENCE", null, null),
                        new ByteArrayInputStream(DemoEvidence.pdf(lines)))
                .id());
    }

    FigureDesk figures(Caller caller, Clock clock) {
        return new FigureDesk(em, caller, notices(clock), clock);
    }

    NominationDesk nominations(Caller caller, Clock clock) {
        return new NominationDesk(em, caller, standards, notices(clock), clock);
    }

    MeetingDesk meetings(Caller caller, Clock clock) {
        return new MeetingDesk(em, caller, notices(clock), clock);
    }

    ServiceItemDesk services(Caller caller, Clock clock) {
        return new ServiceItemDesk(em, caller, clock);
    }

    RequestDesk requests(Caller caller, Clock clock) {
        return new RequestDesk(em, caller, standards, notices(clock), clock);
    }

    /** Notices written in this transaction, dated as the step they announce. */
    private Notices notices(Clock clock) {
        Notifications notifications = new Notifications(em);
        return new Notices() {
            @Override
            public int send(Audience to, String title, String body, String link, String source) {
                return notifications.send(to, title, body, link, source, clock.instant());
            }
        };
    }

    private static Caller as(Account account) {
        return new Caller() {
            @Override
            public Optional<Account> account() {
                return Optional.of(account);
            }
        };
    }
}
