package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.document.entity.Documents;
import cn.gov.baotou.talent.core.notice.boundary.Mailer;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.talent.entity.TalentRecords;
import cn.gov.baotou.talent.servicesplan.flow.control.FormInput;
import cn.gov.baotou.talent.servicesplan.flow.control.Transitions;
import cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Meeting;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominations;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominee;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.service.entity.NomineeServices;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The city office's meeting and its feedback (services-plan.5.3, 5.4): the meeting decides the nominations on its
 * list, each nominee approved or not; the decision is then sent back to the enterprise, its district office and the
 * departments, and every approved nominee receives the 16 service items and a talent record. One transaction each.
 */
@ApplicationScoped
@Transactional
public class MeetingDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    Nominations nominations;

    @Inject
    Documents documents;

    @Inject
    NomineeServices services;

    @Inject
    ServiceCatalog catalog;

    @Inject
    TalentRecords talents;

    @Inject
    ActivityLog activity;

    @Inject
    Notices notices;

    @Inject
    Mailer mailer;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public MeetingDesk() {}

    /** For use outside the container (tests), over one entity manager's transaction; no e-mail. */
    public MeetingDesk(EntityManager em, Caller caller, Notices notices, Clock clock) {
        this(em, caller, notices, new Mailer(null, null, null, clock), clock);
    }

    /** For use outside the container (tests), over one entity manager's transaction, mailing through {@code mailer}. */
    public MeetingDesk(EntityManager em, Caller caller, Notices notices, Mailer mailer, Clock clock) {
        this.em = em;
        this.nominations = new Nominations(em);
        this.documents = new Documents(em);
        this.services = new NomineeServices(em);
        this.catalog = new ServiceCatalog();
        this.talents = new TalentRecords(em);
        this.activity = new ActivityLog(em, caller::getUsername, clock);
        this.notices = notices;
        this.mailer = mailer;
        this.caller = caller;
        this.clock = clock;
    }

    /** Records the meeting and decides every nomination on its list; one refused decision refuses them all. */
    public Meeting decide(MeetingForm form) {
        Transitions.permit(NominationStep.DECIDE, caller.role());
        FormInput in = new FormInput();
        LocalDate date = in.date("meetingDate", form.meetingDate(), null);
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            in.add(ServicesPlanText.error("meetingDate", "meeting.future", date.toString()));
        }
        String minutes = in.text("minutesNo", form.minutesNo(), 60, true);
        Long documentId = in.id("documentId", form.documentId(), false);
        if (documentId != null
                && documents.visible(documentId, caller.visibility()).isEmpty()) {
            in.add(ServicesPlanText.error("documentId", "meeting.document.unknown", documentId));
        }
        if (form.decisions().isEmpty()) {
            in.add(ServicesPlanText.error("decisions", "meeting.noDecision"));
        }
        in.check();
        List<Nomination> decided = new ArrayList<>();
        for (int i = 0; i < form.decisions().size(); i++) {
            MeetingForm.Decision d = form.decisions().get(i);
            Nomination n = new NominationLookup(nominations, caller).locked(d.nominationId());
            Transitions.next(NominationStep.DECIDE, n.status(), null, "nomination");
            Set<Long> ids = n.nominees().stream().map(Nominee::id).collect(Collectors.toSet());
            if (!ids.containsAll(d.approvedNomineeIds())) {
                in.add(ServicesPlanText.error(
                        "decisions[" + i + "].approvedNomineeIds", "meeting.nomineeUnknown", d.nominationId()));
            }
            decided.add(n);
        }
        in.check();
        Meeting meeting = new Meeting(date, minutes, documentId, caller.getUsername(), clock.instant());
        nominations.add(meeting);
        for (int i = 0; i < decided.size(); i++) {
            Nomination n = decided.get(i);
            MeetingForm.Decision d = form.decisions().get(i);
            NominationStatus from = n.status();
            n.decide(meeting, new HashSet<>(d.approvedNomineeIds()), NominationStatus.DECIDED);
            String names = n.approved().stream().map(m -> m.person().name()).collect(Collectors.joining("、"));
            String summary =
                    ServicesPlanText.text("meeting.summary", date.toString(), minutes, names.isEmpty() ? "—" : names);
            String opinion = d.opinion() == null || d.opinion().isBlank()
                    ? summary
                    : summary + "；" + d.opinion().strip();
            activity.record(
                    NominationStep.CASE_TYPE,
                    n.id(),
                    NominationStep.DECIDE.name(),
                    from.name(),
                    n.status().name(),
                    opinion,
                    documentId);
        }
        return meeting;
    }

    /** Sends the decision back (反馈服务) and starts the services of every approved nominee. */
    public Nomination feedBack(long id, String opinion) {
        Transitions.permit(NominationStep.NOTIFY, caller.role());
        Nomination n = new NominationLookup(nominations, caller).locked(id);
        NominationStatus from = n.status();
        n.notified(LocalDate.now(clock), Transitions.next(NominationStep.NOTIFY, from, null, "nomination"));
        new NomineeServicesStart(services, catalog, talents).start(n);
        activity.record(
                NominationStep.CASE_TYPE,
                n.id(),
                NominationStep.NOTIFY.name(),
                from.name(),
                n.status().name(),
                opinion);
        new FeedbackNotices(notices, mailer, catalog).send(n);
        return Nominations.loaded(n);
    }
}
