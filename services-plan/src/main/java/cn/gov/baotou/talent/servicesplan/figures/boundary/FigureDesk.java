package cn.gov.baotou.talent.servicesplan.figures.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.document.entity.Documents;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.servicesplan.figures.control.FigureStep;
import cn.gov.baotou.talent.servicesplan.figures.entity.EnterpriseFigure;
import cn.gov.baotou.talent.servicesplan.figures.entity.EnterpriseFigures;
import cn.gov.baotou.talent.servicesplan.figures.entity.FigureFilter;
import cn.gov.baotou.talent.servicesplan.figures.entity.FigureStatus;
import cn.gov.baotou.talent.servicesplan.flow.boundary.PlanNotices;
import cn.gov.baotou.talent.servicesplan.flow.control.FormInput;
import cn.gov.baotou.talent.servicesplan.flow.control.Transitions;
import cn.gov.baotou.talent.servicesplan.flow.entity.ListOrder;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Enterprises' figures (services-plan.4), shared by the REST API and the pages: the enterprise enters a year's revenue
 * or investment with its evidence, its district office confirms or returns it; each step with its activity entry and
 * notice in the same transaction, refused steps changing nothing.
 */
@ApplicationScoped
@Transactional
public class FigureDesk {

    static final String LINK = "/services-plan/figures.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    EnterpriseFigures figures;

    @Inject
    Documents documents;

    @Inject
    ActivityLog activity;

    @Inject
    Notices notices;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public FigureDesk() {}

    /** For use outside the container (tests), over one entity manager's transaction. */
    public FigureDesk(EntityManager em, Caller caller, Notices notices, Clock clock) {
        this.em = em;
        this.figures = new EnterpriseFigures(em);
        this.documents = new Documents(em);
        this.activity = new ActivityLog(em, caller::getUsername, clock);
        this.notices = notices;
        this.caller = caller;
        this.clock = clock;
    }

    /** Enters a figure, or corrects one not yet confirmed; the district office is told. */
    public EnterpriseFigure enter(FigureForm form) {
        Transitions.permit(FigureStep.ENTER, caller.role());
        Enterprise enterprise = em.find(Enterprise.class, caller.scope().enterpriseId());
        FormInput in = new FormInput();
        Integer year =
                in.integer("year", form.year(), 2000, LocalDate.now(clock).getYear());
        Basis basis = in.oneOf("basis", form.basis(), Basis.class);
        Yuan amount = in.yuan("amountYuan", form.amountYuan());
        Long documentId = in.id("documentId", form.documentId(), true);
        if (documentId != null
                && documents
                        .visible(documentId, caller.visibility())
                        .filter(d -> enterprise.id().equals(d.enterpriseId()))
                        .isEmpty()) {
            in.add(ServicesPlanText.error("documentId", "figure.document.notYours", documentId));
        }
        in.check();
        EnterpriseFigure figure = figures.of(enterprise.id(), year, basis).orElse(null);
        FigureStep step = figure == null ? FigureStep.ENTER : FigureStep.CORRECT;
        FigureStatus from = figure == null ? null : figure.status();
        FigureStatus to = Transitions.next(step, from, null, "figure");
        if (figure == null) {
            figure = new EnterpriseFigure(enterprise, year, basis);
        }
        figure.enter(amount, documentId, to, caller.getUsername(), clock.instant());
        if (figure.id() == null) {
            figures.add(figure);
        }
        record(figure, step, from, null, documentId);
        new PlanNotices(notices)
                .tell(
                        Audience.district(Role.DISTRICT_OFFICE, figure.districtCode()),
                        "notice.figure.entered",
                        LINK,
                        enterprise.name(),
                        String.valueOf(year),
                        ServicesPlanText.ref("basis." + basis.name()),
                        amount.toString());
        return figure;
    }

    public EnterpriseFigure confirm(long id, String opinion) {
        return review(id, FigureStep.CONFIRM, opinion);
    }

    public EnterpriseFigure giveBack(long id, String reason) {
        return review(id, FigureStep.RETURN, reason);
    }

    public EnterpriseFigure visible(long id) {
        return figures.visible(id, caller.visibility(), false).orElseThrow(() -> notFound(id));
    }

    public List<EnterpriseFigure> search(FigureStatus status, Integer year, int first, int max) {
        return figures.search(caller.visibility(), status, year, first, max);
    }

    public long count(FigureStatus status) {
        return figures.count(caller.visibility(), status);
    }

    /** A page of the figures in the caller's scope that the filter lets through, in the order asked for. */
    public List<EnterpriseFigure> find(FigureFilter filter, ListOrder order, int first, int max) {
        return figures.search(caller.visibility(), filter, order, first, max);
    }

    public long count(FigureFilter filter) {
        return figures.count(caller.visibility(), filter);
    }

    public List<ActivityView> timeline(long id) {
        return activity.entries(FigureStep.CASE_TYPE, visible(id).id());
    }

    private EnterpriseFigure review(long id, FigureStep step, String opinion) {
        Transitions.permit(step, caller.role());
        EnterpriseFigure figure = figures.visible(id, caller.visibility(), true).orElseThrow(() -> notFound(id));
        FigureStatus from = figure.status();
        FigureStatus to = Transitions.next(step, from, opinion, "figure");
        figure.review(to, step == FigureStep.RETURN ? opinion : null, caller.getUsername(), clock.instant());
        record(figure, step, from, opinion, null);
        new PlanNotices(notices)
                .tell(
                        Audience.enterprise(figure.enterprise().id()),
                        "notice.figure." + step.name(),
                        LINK,
                        String.valueOf(figure.year()),
                        ServicesPlanText.ref("basis." + figure.basis().name()),
                        opinion == null ? "" : opinion.strip());
        return figure;
    }

    private void record(EnterpriseFigure f, FigureStep step, FigureStatus from, String opinion, Long documentId) {
        activity.record(
                FigureStep.CASE_TYPE,
                f.id(),
                step.name(),
                from == null ? null : from.name(),
                f.status().name(),
                opinion,
                documentId);
    }

    private static NotFound notFound(long id) {
        return new NotFound(ServicesPlanText.ref("figure.notFound"), id);
    }
}
