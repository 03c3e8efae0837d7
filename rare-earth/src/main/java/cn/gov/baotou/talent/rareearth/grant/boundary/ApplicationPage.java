package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.decision.boundary.CheckView;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationAction;
import cn.gov.baotou.talent.rareearth.grant.control.SupportRules;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationDocument;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.web.boundary.TimelineLabels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One application (申报详情): the facts, every check of the decision with its clause, the review opinions as a
 * timeline, and the review step the caller may take, with the amount where the reviewer decides it.
 */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApplicationDesk desk;

    @Inject
    transient ApplicantNames names;

    @Inject
    transient AttachmentDesk attachments;

    private Long id;
    private transient SupportApplication application;
    private transient Decision decision;
    private String opinion;
    private String decidedYuan;
    private String decisionReason;
    private transient Part file;
    private String attachmentTitle;

    /** Loads the application, or says it is not there (an application outside the caller's scope is not there). */
    public void load() {
        application = null;
        decision = null;
        if (id != null) {
            PageReplies.attempt(PageReplies.inForm("review"), () -> application = desk.visible(id))
                    .orElse(null);
        }
    }

    public SupportApplication getApplication() {
        if (application == null && id != null) {
            try {
                application = desk.visible(id);
            } catch (NotFound e) {
                return null;
            }
        }
        return application;
    }

    public List<CheckView> getChecks() {
        return decision().checks().stream()
                .map(c -> CheckView.of(c, PageReplies.messages()))
                .toList();
    }

    public String getAmount() {
        return decision().amount(SupportRules.TOTAL).toString();
    }

    public boolean isEligible() {
        return decision().granted();
    }

    public List<ActivityView> getTimeline() {
        return desk.timeline(id);
    }

    public Map<String, String> getLabels() {
        Map<String, String> labels =
                new HashMap<>(TimelineLabels.of("application", ApplicationAction.values(), ApplicationStatus.values()));
        labels.put(
                AttachmentDesk.ATTACH,
                PageReplies.messages().get(RareEarthMessages.BUNDLE, "application.action." + AttachmentDesk.ATTACH));
        return labels;
    }

    public List<String> getActions() {
        return desk.actions(getApplication()).stream().map(Enum::name).toList();
    }

    public boolean isDecidedByReviewer() {
        return SupportRules.decidedByReviewer(getApplication().measureNo());
    }

    /** The label of what the reviewer decides: the amount, or measure 6's amount per graduate. */
    public String getDecidedLabel() {
        return SupportRules.decidesRatePerGraduate(getApplication().measureNo())
                ? "review.ratePerGraduate"
                : "review.decidedYuan";
    }

    public String getCategory() {
        return CategoryLabels.of(
                getApplication().measureNo(), getApplication().facts().category());
    }

    public String getEnterprise() {
        return names.enterprise(getApplication());
    }

    public String getPerson() {
        return names.person(getApplication());
    }

    public void act(String action) {
        SupportApplication a = PageReplies.attempt(
                        PageReplies.inForm("review"),
                        () -> desk.review(id, new ReviewForm(action, opinion, decidedYuan, decisionReason)))
                .orElse(null);
        if (a != null) {
            application = a;
            decision = null;
            opinion = decidedYuan = decisionReason = null;
            PageReplies.info(
                    RareEarthMessages.BUNDLE,
                    "review.done",
                    PageReplies.messages().get(RareEarthMessages.BUNDLE, "application.status." + a.status()));
        }
    }

    /** A fact's label as the measure's form reads it (the day of the award, of the event, …). */
    public String label(String field) {
        String specific = "apply." + field + "." + getApplication().measureNo();
        String text = PageReplies.messages().get(RareEarthMessages.BUNDLE, specific);
        return text.equals(specific) ? PageReplies.messages().get(RareEarthMessages.BUNDLE, "apply." + field) : text;
    }

    public List<AttachmentView> getAttachments() {
        return attachments.list(id).stream().map(a -> AttachmentView.of(id, a)).toList();
    }

    public boolean isMayAttach() {
        return getApplication() != null && attachments.mayAttach(getApplication());
    }

    /** Files the chosen document with the application; a refused file is named next to the file field. */
    public void attach() {
        if (file == null) {
            PageReplies.info(RareEarthMessages.BUNDLE, "attachments.choose");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            ApplicationDocument d = PageReplies.attempt(
                            PageReplies.inForm("attach"),
                            () -> attachments.attach(id, attachmentTitle, file.getSubmittedFileName(), in))
                    .orElse(null);
            if (d != null) {
                PageReplies.info(RareEarthMessages.BUNDLE, "attachments.done", d.title());
                attachmentTitle = null;
            }
        } catch (IOException e) {
            PageReplies.info(RareEarthMessages.BUNDLE, "attachments.unreadable");
        }
        file = null;
    }

    private Decision decision() {
        if (decision == null) {
            decision = desk.decision(getApplication());
        }
        return decision;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getAttachmentTitle() {
        return attachmentTitle;
    }

    public void setAttachmentTitle(String attachmentTitle) {
        this.attachmentTitle = attachmentTitle;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getDecidedYuan() {
        return decidedYuan;
    }

    public void setDecidedYuan(String decidedYuan) {
        this.decidedYuan = decidedYuan;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }
}
