package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** 逾期提醒 on the workbench of each finance, the city office and leadership: the shares unpaid past their due date. */
@ApplicationScoped
public class LedgerWorkItems implements WorkbenchSource {

    @Inject
    Overdue overdue;

    @Override
    public List<WorkItem> items() {
        if (!overdue.sees()) {
            return List.of();
        }
        return List.of(new WorkItem(
                WorkItem.Kind.OVERDUE,
                Messages.CORE,
                "ledger.work.overdue",
                overdue.getCount(),
                "/core/ledger/overdue.xhtml"));
    }
}
