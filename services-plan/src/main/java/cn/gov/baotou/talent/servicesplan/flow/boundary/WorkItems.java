package cn.gov.baotou.talent.servicesplan.flow.boundary;

import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import java.util.ArrayList;
import java.util.List;

/** The plan's lines of a workbench, collected in order; a line with nothing to count is left out. */
public final class WorkItems {

    private final List<WorkItem> items = new ArrayList<>();

    public WorkItems add(WorkItem.Kind kind, String labelKey, long count, String path) {
        if (count > 0) {
            items.add(new WorkItem(kind, ServicesPlanText.BUNDLE, labelKey, count, path));
        }
        return this;
    }

    public List<WorkItem> list() {
        return List.copyOf(items);
    }
}
