package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.servicesplan.flow.control.FormInput;
import cn.gov.baotou.talent.servicesplan.flow.control.Transitions;
import cn.gov.baotou.talent.servicesplan.nomination.control.FilingRules;
import cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Filing;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominations;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NomineeDraft;
import cn.gov.baotou.talent.servicesplan.quota.boundary.EnterpriseQuota;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanStandards;
import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Files a nomination, first or again after a return: the state allows it; the nominees are well formed; the day lies
 * in the service period of a version in force (services-plan.7) and, for a first filing, in an application window
 * (5.1: 3月和9月的1—10日); the enterprise is in the plan's scope (3) and the year's quota holds them all (4). The day is the platform's: an enterprise cannot date
 * its filing (an {@code appliedOn} other than today is refused); only the city office enters a filing made on paper, of
 * a window that may have passed, dated the day it was filed (never after today) and with its written reason, kept in
 * the timeline. A resubmission keeps the window and quota year it was first filed under. Every refusal names its
 * field; nothing is written before all pass.
 */
final class NominationFiling {

    private final EntityManager em;
    private final Nominations nominations;
    private final EnterpriseQuota quota;
    private final ServicesPlanStandards standards;
    private final Caller caller;
    private final Clock clock;

    NominationFiling(
            EntityManager em,
            Nominations nominations,
            EnterpriseQuota quota,
            ServicesPlanStandards standards,
            Caller caller,
            Clock clock) {
        this.em = em;
        this.nominations = nominations;
        this.quota = quota;
        this.standards = standards;
        this.caller = caller;
        this.clock = clock;
    }

    void file(Nomination n, NominationStep step, NominationStatus from, NominationForm form) {
        // the state first (409); a paper filing's reason is then refused as the form's own field, with the others
        NominationStatus to = Transitions.next(step, from, step.paper() ? "—" : null, "nomination");
        FormInput in = new FormInput();
        if (step.paper()) {
            in.text("reason", form.reason(), 1000, true);
        }
        NomineeRegistration registration = new NomineeRegistration(em, nominations);
        LocalDate day = day(step, form, in);
        List<NomineeRegistration.Draft> drafts = registration.read(form.nominees(), in);
        if (day == null) {
            in.check();
        }
        Optional<Parameters> inForce = standards.servicePeriodOn(day);
        LocalDate periodEnd =
                inForce.map(p -> p.date(ServicesPlanStandards.PERIOD_END)).orElse(null);
        FilingRules.servicePeriod("appliedOn", day, periodEnd, standards.lastPeriodEnd())
                .ifPresent(in::add);
        if (inForce.isEmpty() || day.isAfter(periodEnd)) {
            in.check();
        }
        LocalDate filedOn = n.appliedOn();
        LocalDate start = n.windowStart();
        LocalDate end = n.windowEnd();
        if (step.first()) {
            ApplicationWindows windows = ServicesPlanStandards.windows(inForce.get());
            FilingRules.window("appliedOn", day, windows, periodEnd).ifPresent(in::add);
            in.check();
            ApplicationWindows.Window window = windows.containing(day).orElseThrow();
            filedOn = day;
            start = window.start();
            end = window.end();
        }
        int year = step.first() ? day.getYear() : n.quotaYear();
        // the scope as it stood on the day first filed (services-plan.3), as a resubmission keeps that filing's quota
        // year
        QuotaDecision q = quota.decide(n.enterprise().id(), year, filedOn);
        if (drafts != null) {
            int counted = nominations.counted(n.enterprise().id(), year, n.id());
            FilingRules.quota("nominees", q, counted, drafts.size()).ifPresent(in::add);
        }
        in.check();
        Filing filing = new Filing(filedOn, start, end, year, q.quota(), q.basis(), q.tierClause());
        List<NomineeDraft> people = registration.register(drafts, filing.quotaYear(), n.id(), in);
        in.check();
        n.file(filing, people, to, caller.getUsername());
    }

    /**
     * The day of the filing: the platform's today for the enterprise (services-plan.5.1 "通过包头市人才服务平台进行申报"),
     * which may give it but not another; for a paper filing the day the city office enters, not after today.
     */
    private LocalDate day(NominationStep step, NominationForm form, FormInput in) {
        LocalDate today = LocalDate.now(clock);
        if (!step.paper()) {
            LocalDate given = in.date("appliedOn", form.appliedOn(), today);
            if (given != null && !given.equals(today)) {
                in.add(ServicesPlanText.error("appliedOn", "filing.day.notToday", today.toString(), given.toString()));
                return null;
            }
            return given;
        }
        LocalDate given = in.date("appliedOn", form.appliedOn(), null);
        if (given != null && given.isAfter(today)) {
            in.add(ServicesPlanText.error("appliedOn", "filing.paper.future", given.toString(), today.toString()));
            return null;
        }
        return given;
    }
}
