package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.decision.boundary.CheckView;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One hire's page: the submitted facts, each check with its clause, the subsidy and its payments, the terms,
 * services, evaluations, departure and recovery, the timeline; and the forms of the steps the caller's role may take
 * in the case's state ({@link HireSteps} holds what they send).
 */
@Named
@ViewScoped
public class HirePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HireDesk desk;

    @Inject
    transient PolicyCatalog catalog;

    @Inject
    transient Caller caller;

    private Long id;
    private transient HireDetail detail;
    private boolean missing;

    /** A check as the page shows it, with the text of the clause it rests on. */
    public record Line(CheckView check, String clauseText) {}

    public HireDetail getDetail() {
        if (detail == null && !missing && id != null) {
            try {
                detail = desk.detail(id, PageReplies.messages());
            } catch (NotFound e) {
                missing = true;
                PageReplies.refuse(e, PageReplies.atTop());
            }
        }
        return detail;
    }

    /** Reads the case again after a step. */
    void reload() {
        detail = null;
        missing = false;
    }

    public List<Line> getLines() {
        HireDetail d = getDetail();
        return d == null
                ? List.of()
                : d.checks().stream()
                        .map(c -> new Line(
                                c,
                                catalog.clause(c.clauseId()).map(Clause::text).orElse("")))
                        .toList();
    }

    /** Whether the caller may take the step now: the state machine's table for the caller's role and the state. */
    public boolean can(String action) {
        HireDetail d = getDetail();
        return d != null && d.actions().contains(HireAction.valueOf(action).name());
    }

    /**
     * The share the caller's finance still owes on this case, to offer the payment form: city finance the city
     * share, the district's finance the district share, once the agreement booked the grant; null otherwise.
     */
    public String getOwedShare() {
        HireDetail d = getDetail();
        if (d == null || d.agreement() == null) {
            return null;
        }
        boolean city = caller.is(Role.CITY_FINANCE);
        if (!city && !caller.is(Role.DISTRICT_FINANCE)) {
            return null;
        }
        String paid = city ? d.agreement().cityPaidYuan() : d.agreement().districtPaidYuan();
        String share = city ? d.subsidy().cityYuan() : d.subsidy().districtYuan();
        return new BigDecimal(paid).signum() == 0 && new BigDecimal(share).signum() > 0 ? share : null;
    }

    /** Texts for the timeline's action and state codes. */
    public Map<String, String> getLabels() {
        Messages m = PageReplies.messages();
        Map<String, String> labels = new HashMap<>();
        for (HireAction a : HireAction.values()) {
            labels.put(a.name(), m.get(IntakeEligibility.BUNDLE, "hire.action." + a.name()));
        }
        for (HireStatus s : HireStatus.values()) {
            labels.put(s.name(), m.get(IntakeEligibility.BUNDLE, "hire.status." + s.name()));
        }
        return labels;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
