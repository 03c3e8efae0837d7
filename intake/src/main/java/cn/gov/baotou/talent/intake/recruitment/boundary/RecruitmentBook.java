package cn.gov.baotou.talent.intake.recruitment.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.recruitment.control.RecruitmentDrafts.CandidateDraft;
import cn.gov.baotou.talent.intake.recruitment.control.RecruitmentDrafts.EventDraft;
import cn.gov.baotou.talent.intake.recruitment.control.RecruitmentDrafts.WorkstationDraft;
import cn.gov.baotou.talent.intake.recruitment.entity.CandidateDetails;
import cn.gov.baotou.talent.intake.recruitment.entity.RecruitedCandidate;
import cn.gov.baotou.talent.intake.recruitment.entity.RecruitmentEvent;
import cn.gov.baotou.talent.intake.recruitment.entity.RecruitmentRecords;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import cn.gov.baotou.talent.intake.recruitment.entity.Workstation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Recruitment events, outside talent workstations and the candidates each brought (intake.5.2), as pages and the API
 * work on them. The city office records them; every signed-in role but the commissioners reads the events and
 * workstations, and the candidates within its scope (through the enterprise interested in them).
 */
@ApplicationScoped
@Transactional
public class RecruitmentBook {

    static final String BUNDLE = IntakeEligibility.BUNDLE;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RecruitmentRecords records;

    @Inject
    Clock clock;

    public RecruitmentBook() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public RecruitmentBook(EntityManager em, Caller caller, Clock clock) {
        this.em = em;
        this.caller = caller;
        this.records = new RecruitmentRecords(em);
        this.clock = clock;
    }

    public RecruitmentEvent createEvent(EventDraft draft) {
        recorder("record event");
        RecruitmentEvent e = new RecruitmentEvent(draft.check(), caller.getUsername(), clock.instant());
        records.add(e);
        return e;
    }

    public RecruitmentEvent reviseEvent(long id, EventDraft draft) {
        recorder("revise event");
        RecruitmentEvent e = event(id);
        e.revise(draft.check());
        return e;
    }

    public Workstation createWorkstation(WorkstationDraft draft) {
        recorder("record workstation");
        Workstation w = new Workstation(draft.check(), caller.getUsername(), clock.instant());
        records.add(w);
        return w;
    }

    public Workstation reviseWorkstation(long id, WorkstationDraft draft) {
        recorder("revise workstation");
        Workstation w = workstation(id);
        w.revise(draft.check());
        return w;
    }

    /** Records a candidate the source brought. */
    public RecruitedCandidate addCandidate(SourceKind kind, long sourceId, CandidateDraft draft) {
        recorder("record candidate");
        CandidateDetails d = draft.check();
        RecruitedCandidate c = kind == SourceKind.EVENT
                ? RecruitedCandidate.fromEvent(event(sourceId))
                : RecruitedCandidate.fromWorkstation(workstation(sourceId));
        c.record(d, enterprise(d.enterpriseId()), caller.getUsername(), clock.instant());
        records.add(c);
        return c;
    }

    /** What is now known of a candidate: status, enterprise interested, or a corrected detail. */
    public RecruitedCandidate updateCandidate(SourceKind kind, long sourceId, long id, CandidateDraft draft) {
        recorder("update candidate");
        CandidateDetails d = draft.check();
        RecruitedCandidate c = records.candidate(kind, sourceId, id, caller.visibility())
                .orElseThrow(() ->
                        new NotFound(new MessageRef(BUNDLE, "recruitment.candidate.notFound"), String.valueOf(id)));
        return c.record(d, enterprise(d.enterpriseId()), caller.getUsername(), clock.instant());
    }

    public List<RecruitmentEvent> events(int first, int max) {
        reader();
        return records.events(first, max);
    }

    public long countEvents() {
        reader();
        return records.countEvents();
    }

    public List<Workstation> workstations(int first, int max) {
        reader();
        return records.workstations(first, max);
    }

    public long countWorkstations() {
        reader();
        return records.countWorkstations();
    }

    public RecruitmentEvent event(long id) {
        reader();
        return records.event(id)
                .orElseThrow(
                        () -> new NotFound(new MessageRef(BUNDLE, "recruitment.event.notFound"), String.valueOf(id)));
    }

    public Workstation workstation(long id) {
        reader();
        return records.workstation(id)
                .orElseThrow(() ->
                        new NotFound(new MessageRef(BUNDLE, "recruitment.workstation.notFound"), String.valueOf(id)));
    }

    /** The candidates the source brought that the caller may see. */
    public List<RecruitedCandidate> candidates(SourceKind kind, long sourceId) {
        if (kind == SourceKind.EVENT) {
            event(sourceId);
        } else {
            workstation(sourceId);
        }
        return records.candidates(kind, sourceId, caller.visibility());
    }

    private void recorder(String action) {
        if (!caller.is(Role.CITY_OFFICE)) {
            throw new Forbidden(action);
        }
    }

    private void reader() {
        if (!caller.isSignedIn() || caller.is(Role.DEPARTMENT)) {
            throw new Forbidden("read recruitment");
        }
    }

    private Enterprise enterprise(Long id) {
        if (id == null) {
            return null;
        }
        Enterprise e = em.find(Enterprise.class, id);
        if (e == null) {
            throw new InvalidInput(List.of(new FieldError(
                    "enterpriseId", BUNDLE, "recruitment.enterprise.unknown", List.of(String.valueOf(id)))));
        }
        return e;
    }
}
