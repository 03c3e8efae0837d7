package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.rest.NotFound;
import cn.gov.baotou.talent.servicesplan.flow.boundary.Paging;
import cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominee;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.web.boundary.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 推荐申请: the list within the caller's scope, and one nomination with its nominees, its timeline (流程记录) and the
 * steps the caller may take now, each with its opinion (审批意见).
 */
@Named
@ViewScoped
public class NominationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NominationDesk desk;

    @Inject
    transient MeetingDesk meetings;

    @Inject
    transient Caller caller;

    private String status;
    private Long id;
    private String opinion;
    private transient Nomination selected;
    private transient boolean selectedRead;

    public List<Nomination> getNominations() {
        return desk.search(Paging.status(NominationStatus.class, status), null, 0, 200);
    }

    /** The nomination asked for by {@code ?id=}, or null (with a message when it is not visible). */
    public Nomination getSelected() {
        if (!selectedRead && id != null) {
            selectedRead = true;
            try {
                selected = desk.visible(id);
            } catch (NotFound e) {
                PageMessages.refuse(e, f -> null);
            }
        }
        return selected;
    }

    public List<String> getActions() {
        return getSelected() == null
                ? List.of()
                : desk.available(id).stream().map(NominationStep::name).toList();
    }

    public List<ActivityView> getTimeline() {
        return getSelected() == null ? List.of() : desk.timeline(id);
    }

    /** The nominee's ID number as the caller may read it. */
    public String idNumber(Nominee m) {
        return caller.readsPersonalData()
                ? m.person().idNumber().value()
                : m.person().idNumber().masked();
    }

    /** Takes a step of the table; the resubmission goes by its own form. */
    public String act(String step) {
        NominationStep s = NominationStep.valueOf(step);
        if (s == NominationStep.RESUBMIT) {
            return "apply?faces-redirect=true&id=" + id;
        }
        try {
            Nomination n = s == NominationStep.NOTIFY ? meetings.feedBack(id, opinion) : desk.review(id, s, opinion);
            PageMessages.info(
                    "page.nominations.done", ServicesPlanText.ref("nomination.action." + step), String.valueOf(n.id()));
            opinion = null;
            selectedRead = false;
        } catch (RuntimeException e) {
            PageMessages.refuse(e, field -> "review:" + field);
        }
        return null;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
        this.selectedRead = false;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }
}
