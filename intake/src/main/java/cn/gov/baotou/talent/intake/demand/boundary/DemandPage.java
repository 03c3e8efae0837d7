package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.web.boundary.LocaleChoice;
import cn.gov.baotou.talent.intake.demand.control.DemandAction;
import cn.gov.baotou.talent.intake.demand.control.DemandDraft;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.DemandStatus;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One job demand: the enterprise's form (a refused form keeps what was typed and says what is wrong next to each
 * field), and for whoever may take a step the buttons of that step with the review opinion (审批意见); the timeline
 * (流程记录) below. {@code ?id=} opens a demand, no id starts a new one.
 */
@Named
@ViewScoped
public class DemandPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Set<String> FIELDS = Set.of(
            "positionTitle",
            "headcount",
            "degree",
            "disciplineCode",
            "majors",
            "workType",
            "duties",
            "salaryMinYuan",
            "salaryMaxYuan",
            "workLocation",
            "contactPhone",
            "contactEmail");

    @Inject
    transient DemandBoard board;

    @Inject
    transient Caller caller;

    @Inject
    transient LocaleChoice locale;

    private Long id;
    private DemandStatus status;
    private String returnReason;
    private boolean missing;
    private DemandForm form = new DemandForm();
    private String opinion;
    private transient CatalogEntry view;
    private transient FacesContext viewRequest;

    @PostConstruct
    void open() {
        String param = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        if (param == null || param.isBlank()) {
            return;
        }
        try {
            load(Long.parseLong(param.strip()));
        } catch (NumberFormatException | NotFound e) {
            missing = true;
        }
    }

    /** Saves what was typed; a new demand then opens at its own address. */
    public String save() {
        boolean created = id == null;
        if (store()) {
            info("demand.saved");
            return created ? reopen() : null;
        }
        return null;
    }

    /** Saves what was typed and, if that is accepted, submits it for review. */
    public String saveAndSubmit() {
        boolean created = id == null;
        if (store()) {
            step(DemandAction.SUBMIT);
        }
        return created && id != null ? reopen() : null;
    }

    public void act(String code) {
        step(DemandAction.ofCode(code).orElseThrow());
    }

    private boolean store() {
        try {
            load(
                    id == null
                            ? board.create(draft()).id()
                            : board.revise(id, draft()).id());
            return true;
        } catch (InvalidInput e) {
            refuse(e.errors());
        } catch (Conflict | Forbidden | NotFound e) {
            problem(e);
        }
        return false;
    }

    private void step(DemandAction action) {
        try {
            load(board.act(id, action, opinion).id());
            opinion = null;
            info("demand.done." + action.code());
        } catch (InvalidInput e) {
            refuse(e.errors());
        } catch (Conflict | Forbidden | NotFound e) {
            problem(e);
        }
    }

    private String reopen() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/intake/demand.xhtml?faces-redirect=true&id=" + id;
    }

    private void load(long demandId) {
        JobDemand d = board.visible(demandId);
        id = d.id();
        status = d.status();
        returnReason = d.returnReason();
        form = DemandForm.of(d.content());
        view = null;
    }

    private DemandDraft draft() {
        return form.draft();
    }

    public boolean isEditable() {
        return caller.is(Role.ENTERPRISE) && (id == null ? !missing : DemandWorkflow.editable(status, caller.role()));
    }

    /** The steps other than submitting (which goes with saving) that the caller may take now. */
    public List<String> getActions() {
        if (id == null) {
            return List.of();
        }
        return Arrays.stream(DemandAction.values())
                .filter(a -> a != DemandAction.SUBMIT)
                .filter(a -> DemandWorkflow.allows(status, a, caller.role()))
                .map(DemandAction::code)
                .toList();
    }

    public boolean isReviewing() {
        return caller.is(Role.CITY_OFFICE) && !getActions().isEmpty();
    }

    /** The content as the catalog would show it, for reading; read once per request. */
    public CatalogEntry getView() {
        if (id == null) {
            return null;
        }
        FacesContext now = FacesContext.getCurrentInstance();
        if (view == null || viewRequest != now) {
            view = CatalogEntry.of(board.visible(id), messages());
            viewRequest = now;
        }
        return view;
    }

    public List<ActivityView> getTimeline() {
        return id == null ? List.of() : board.timeline(id);
    }

    /** Texts for the timeline's action and state codes. */
    public Map<String, String> getTimelineLabels() {
        Messages m = messages();
        Map<String, String> labels = new LinkedHashMap<>();
        for (DemandStatus s : DemandStatus.values()) {
            labels.put(s.name(), m.get(DemandWorkflow.BUNDLE, "demand.status." + s.name()));
        }
        for (String a : List.of("create", "revise", "submit", "publish", "return", "close")) {
            labels.put(a, m.get(DemandWorkflow.BUNDLE, "demand.action." + a));
        }
        return labels;
    }

    public Degree[] getDegrees() {
        return Degree.values();
    }

    /** The four kinds of work the plan names (intake.3.1); "other work" is no choice for a demand. */
    public List<WorkType> getWorkTypes() {
        return Arrays.stream(WorkType.values()).filter(WorkType::named).toList();
    }

    public List<CatalogPage.Option> getDisciplines() {
        return Disciplines.all().stream()
                .map(d -> new CatalogPage.Option(d.code(), d.code() + " " + d.name(locale.getLocale())))
                .toList();
    }

    private void refuse(List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages m = messages();
        for (FieldError e : errors) {
            String client = FIELDS.contains(e.field())
                    ? "demandForm:" + e.field()
                    : "opinion".equals(e.field()) ? "reviewForm:opinion" : null;
            faces.addMessage(client, new FacesMessage(FacesMessage.SEVERITY_ERROR, m.get(e), null));
        }
        faces.validationFailed();
    }

    private void problem(RuntimeException e) {
        Messages m = messages();
        String text = e instanceof Conflict c
                ? m.get(c.bundle(), c.messageKey(), c.arguments())
                : e instanceof NotFound n
                        ? m.get(n.bundle(), n.messageKey(), n.id())
                        : m.get("problem.forbidden.detail");
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private void info(String key) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(FacesMessage.SEVERITY_INFO, messages().get(DemandWorkflow.BUNDLE, key), null));
    }

    private Messages messages() {
        return Messages.in(locale.getLocale());
    }

    public Long getId() {
        return id;
    }

    public String getStatus() {
        return status == null ? null : status.name();
    }

    public String getReturnReason() {
        return status == DemandStatus.RETURNED ? returnReason : null;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getMissingText() {
        String param = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        return messages().get(DemandWorkflow.BUNDLE, "demand.notFound", param);
    }

    public DemandForm getForm() {
        return form;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }
}
