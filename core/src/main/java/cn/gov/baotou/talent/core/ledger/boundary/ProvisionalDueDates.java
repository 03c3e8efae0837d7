package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.calendar.control.Deadline;
import cn.gov.baotou.talent.core.calendar.control.NoticeEntered;
import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.Grants;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * When a holiday notice is entered, every unpaid grant whose due date was counted on provisional days (预计) is counted
 * again on the new calendar (intake.5.5: 10 working days of signing), in the transaction that entered the notice, so
 * the audit trail shows each change under the city office's entry. The finances that owe a share and the enterprise
 * are told when the date moved; the overdue lists read the stored date, so a date moved later is never overdue early.
 */
@ApplicationScoped
public class ProvisionalDueDates {

    private static final Logger LOG = Logger.getLogger(ProvisionalDueDates.class.getName());

    @Inject
    Grants grants;

    @Inject
    Notices notices;

    BiConsumer<Audience, String[]> tell = (to, text) -> notices.send(to, text[0], text[1], text[2], "ledger");

    public ProvisionalDueDates() {}

    /** For use outside the container (tests); {@code tell} receives each notice's audience, title, body and link. */
    public ProvisionalDueDates(EntityManager em, BiConsumer<Audience, String[]> tell) {
        this.grants = new Grants(em);
        this.tell = tell;
    }

    void entered(@Observes NoticeEntered e) {
        List<FundingGrant> moved = recount(e.calendar());
        LOG.info(() -> "holiday notice of " + e.year() + ": " + moved.size() + " provisional due dates moved");
    }

    /** Counts every provisional due date again on {@code calendar}; the grants whose date moved. */
    public List<FundingGrant> recount(WorkingDayCalendar calendar) {
        List<FundingGrant> moved = new ArrayList<>();
        for (FundingGrant g : grants.provisionallyDue()) {
            Deadline before = g.terms().due();
            calendar.recount(before).ifPresent(after -> {
                g.due(after);
                if (!after.date().equals(before.date())) {
                    moved.add(g);
                    announce(g, before, after);
                }
            });
        }
        return moved;
    }

    private void announce(FundingGrant g, Deadline before, Deadline after) {
        Messages zh = Messages.in(Messages.CHINESE);
        String reference = g.terms().sourceReference();
        String[] text = {
            zh.get(Messages.CORE, "ledger.notice.dueMoved.title", reference),
            zh.get(
                    Messages.CORE,
                    after.provisional() ? "ledger.notice.dueMoved.bodyProvisional" : "ledger.notice.dueMoved.body",
                    reference,
                    g.terms().clauseId(),
                    before.date().toString(),
                    after.date().toString()),
            "/core/workbench.xhtml"
        };
        if (g.terms().share(FinanceLevel.CITY).isPositive()) {
            tell.accept(Audience.role(Role.CITY_FINANCE), text);
        }
        if (g.terms().share(FinanceLevel.DISTRICT).isPositive() && g.terms().districtCode() != null) {
            tell.accept(Audience.district(Role.DISTRICT_FINANCE, g.terms().districtCode()), text);
        }
        if (g.enterpriseId() != null) {
            tell.accept(Audience.enterprise(g.enterpriseId()), text);
        }
    }
}
