package cn.gov.baotou.talent.servicesplan.proactive.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.servicesplan.figures.entity.EnterpriseFigures;
import cn.gov.baotou.talent.servicesplan.flow.boundary.PlanNotices;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominations;
import cn.gov.baotou.talent.servicesplan.proactive.control.NoticeTiming;
import cn.gov.baotou.talent.servicesplan.proactive.entity.WindowNotice;
import cn.gov.baotou.talent.servicesplan.proactive.entity.WindowNoticeEnterprise;
import cn.gov.baotou.talent.servicesplan.proactive.entity.WindowNotices;
import cn.gov.baotou.talent.servicesplan.quota.boundary.EnterpriseQuota;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanStandards;
import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 免申即享 in spirit: two weeks before each application window opens, every enterprise whose confirmed figures give it
 * a quota it has not used is told so in the platform, with its quota and the clause (services-plan.4, 5.1). Once per
 * window: the window's row, written first, is both the record and the cluster-wide lock.
 */
@ApplicationScoped
@Transactional
public class ProactiveNotice {

    @Inject
    WindowNotices sent;

    @Inject
    EnterpriseFigures figures;

    @Inject
    EnterpriseQuota quota;

    @Inject
    ServicesPlanStandards standards;

    @Inject
    Nominations nominations;

    @Inject
    Notices notices;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public ProactiveNotice() {}

    /** For use outside the container (tests), over one entity manager's transaction. */
    public ProactiveNotice(
            EntityManager em, ServicesPlanStandards standards, Notices notices, Caller caller, Clock clock) {
        this.em = em;
        this.sent = new WindowNotices(em);
        this.nominations = new Nominations(em);
        this.figures = new EnterpriseFigures(em);
        this.quota = new EnterpriseQuota(em, standards);
        this.standards = standards;
        this.notices = notices;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Sends the notice of the window due on {@code today}, unless none is due or it was sent already (by this or another
     * instance); the notice sent, or empty.
     */
    public Optional<WindowNotice> notifyBeforeWindow(LocalDate today) {
        Optional<Parameters> inForce = standards.servicePeriodOn(today);
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        LocalDate periodEnd = inForce.get().date(ServicesPlanStandards.PERIOD_END);
        Optional<ApplicationWindows.Window> due =
                NoticeTiming.due(today, ServicesPlanStandards.windows(inForce.get()), periodEnd);
        if (due.isEmpty() || sent.of(due.get().start()).isPresent()) {
            return Optional.empty();
        }
        ApplicationWindows.Window w = due.get();
        WindowNotice notice = new WindowNotice(w.start(), w.end(), today, clock.instant());
        sent.claim(notice);
        int year = w.start().getYear();
        int told = 0;
        PlanNotices tell = new PlanNotices(notices);
        for (long enterprise : figures.enterprisesConfirmedIn(year - 2, year - 1)) {
            QuotaDecision q = quota.decide(enterprise, year, w.start());
            int used = quota.used(enterprise, year);
            if (q.quota() > used) {
                sent.add(new WindowNoticeEnterprise(w.start(), enterprise, q.quota(), used, q.tierClause()));
                tell.tell(
                        Audience.enterprise(enterprise),
                        "notice.window",
                        "/services-plan/nominations.xhtml",
                        String.valueOf(year),
                        q.quota(),
                        q.quota() - used,
                        q.tierClause(),
                        w.start().toString(),
                        w.end().toString());
                told++;
            }
        }
        notice.told(told);
        return Optional.of(notice);
    }

    /** The notices sent, the latest window first (the city office; leadership reads them). */
    public List<WindowNotice> sent() {
        reader();
        return sent.all();
    }

    /**
     * The enterprises told before the window, and whether each has since filed a nomination in it (the city office;
     * leadership reads them).
     */
    public List<ToldEnterprise> told(LocalDate windowStart) {
        reader();
        Set<Long> filed = Set.copyOf(nominations.enterprisesFiledIn(windowStart));
        return sent.told(windowStart).stream()
                .map(t -> {
                    Enterprise e = em.find(Enterprise.class, t.enterpriseId());
                    return new ToldEnterprise(
                            t.enterpriseId(),
                            e.name(),
                            e.district().name(),
                            t.quota(),
                            t.used(),
                            t.clauseId(),
                            filed.contains(t.enterpriseId()));
                })
                .toList();
    }

    /**
     * The city office sends it now, for the day given (the demo's days lie in 2024–2025). Leadership reads the notices
     * but writes nothing: it is refused here like every other role.
     */
    public Optional<WindowNotice> sendNow(LocalDate today) {
        if (!maySend()) {
            throw new Forbidden("send window notices");
        }
        return notifyBeforeWindow(today == null ? LocalDate.now(clock) : today);
    }

    /** Whether the caller may send a notice now: the city office only. */
    public boolean maySend() {
        return caller.is(Role.CITY_OFFICE);
    }

    private void reader() {
        if (!caller.is(Role.CITY_OFFICE, Role.LEADERSHIP)) {
            throw new Forbidden("window notices");
        }
    }
}
