package cn.gov.baotou.talent.intake.recruitment.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.web.boundary.LocaleChoice;
import cn.gov.baotou.talent.intake.recruitment.control.RecruitmentDrafts.CandidateDraft;
import cn.gov.baotou.talent.intake.recruitment.control.RecruitmentDrafts.EventDraft;
import cn.gov.baotou.talent.intake.recruitment.control.RecruitmentDrafts.WorkstationDraft;
import cn.gov.baotou.talent.intake.recruitment.entity.CandidateStatus;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 推介引才活动与域外人才工作站: the events and workstations, the candidates of the one chosen ({@code ?event=} or
 * {@code ?workstation=}), and for the city office the forms that record them; a refused form keeps what was typed.
 */
@Named
@ViewScoped
public class RecruitmentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIST = 50;

    @Inject
    transient RecruitmentBook book;

    @Inject
    transient Caller caller;

    @Inject
    transient Enterprises enterprises;

    @Inject
    transient LocaleChoice locale;

    @Inject
    Clock clock;

    private SourceKind kind;
    private Long source;
    private final HashMap<String, String> event = new HashMap<>();
    private final HashMap<String, String> workstation = new HashMap<>();
    private final HashMap<String, String> candidate = new HashMap<>();
    private final HashMap<Long, String> statuses = new HashMap<>();

    /** An option of a select. */
    public record Option(String value, String label) {}

    @PostConstruct
    void open() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            if (p.get("event") != null) {
                source = Long.valueOf(p.get("event"));
                kind = SourceKind.EVENT;
            } else if (p.get("workstation") != null) {
                source = Long.valueOf(p.get("workstation"));
                kind = SourceKind.WORKSTATION;
            }
        } catch (NumberFormatException e) {
            source = null;
        }
    }

    public List<EventView> getEvents() {
        return book.events(0, LIST).stream().map(e -> EventView.of(e, null)).toList();
    }

    public List<WorkstationView> getWorkstations() {
        LocalDate today = LocalDate.now(clock);
        return book.workstations(0, LIST).stream()
                .map(w -> WorkstationView.of(w, today, null))
                .toList();
    }

    /** The name of the chosen event or workstation, or null when none is chosen (or it does not exist). */
    public String getSourceName() {
        try {
            return source == null
                    ? null
                    : kind == SourceKind.EVENT
                            ? book.event(source).details().name()
                            : book.workstation(source).details().name();
        } catch (NotFound e) {
            return null;
        }
    }

    public List<CandidateView> getCandidates() {
        if (getSourceName() == null) {
            return List.of();
        }
        List<CandidateView> list =
                book.candidates(kind, source).stream().map(CandidateView::of).toList();
        list.forEach(c -> statuses.putIfAbsent(c.id(), c.status()));
        return list;
    }

    public void createEvent() {
        run(
                "eventForm",
                event,
                () -> book.createEvent(new EventDraft(
                        event.get("name"),
                        event.get("university"),
                        event.get("region"),
                        event.get("startsOn"),
                        event.get("endsOn"),
                        event.get("organiser"))));
    }

    public void createWorkstation() {
        run(
                "workstationForm",
                workstation,
                () -> book.createWorkstation(new WorkstationDraft(
                        workstation.get("name"),
                        workstation.get("region"),
                        workstation.get("hostInstitution"),
                        workstation.get("contactPhone"),
                        workstation.get("contactEmail"),
                        workstation.get("activeFrom"),
                        workstation.get("activeTo"))));
    }

    public void addCandidate() {
        run(
                "candidateForm",
                candidate,
                () -> book.addCandidate(
                        kind,
                        source,
                        new CandidateDraft(
                                candidate.get("fullName"),
                                candidate.get("degree"),
                                candidate.get("institution"),
                                candidate.get("major"),
                                candidate.get("enterpriseId"),
                                candidate.get("status"))));
    }

    /** Records a candidate's new progress, keeping everything else as it was. */
    public void updateStatus(long id) {
        CandidateView c =
                getCandidates().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        String enterprise = c.enterpriseId() == null ? null : String.valueOf(c.enterpriseId());
        run(
                null,
                new HashMap<>(),
                () -> book.updateCandidate(
                        kind,
                        source,
                        id,
                        new CandidateDraft(
                                c.fullName(), c.degree(), c.institution(), c.major(), enterprise, statuses.get(id))));
    }

    public boolean isRecorder() {
        return caller.is(Role.CITY_OFFICE);
    }

    public List<Option> getEnterprises() {
        return enterprises.search(caller.visibility(), null, null, 0, 500).stream()
                .map(e -> new Option(String.valueOf(e.id()), e.name()))
                .toList();
    }

    public CandidateStatus[] getCandidateStatuses() {
        return CandidateStatus.values();
    }

    private void run(String form, Map<String, String> fields, Runnable work) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages m = Messages.in(locale.getLocale());
        try {
            work.run();
            fields.clear();
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO, m.get(RecruitmentBook.BUNDLE, "recruitment.saved"), null));
        } catch (InvalidInput e) {
            for (FieldError f : e.errors()) {
                faces.addMessage(
                        form == null ? null : form + ":" + f.field(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, m.get(f), null));
            }
            faces.validationFailed();
        } catch (NotFound | Forbidden e) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, m.get("problem.forbidden.detail"), null));
            faces.validationFailed();
        }
    }

    public String getKind() {
        return kind == null ? null : kind.name();
    }

    public Long getSource() {
        return source;
    }

    public Map<String, String> getEvent() {
        return event;
    }

    public Map<String, String> getWorkstation() {
        return workstation;
    }

    public Map<String, String> getCandidate() {
        return candidate;
    }

    public Map<Long, String> getStatuses() {
        return statuses;
    }
}
