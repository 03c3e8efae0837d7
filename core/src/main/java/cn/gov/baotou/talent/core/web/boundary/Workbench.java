package cn.gov.baotou.talent.core.web.boundary;

import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Notification;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs each role's home page: to-dos, overdue items and finished ones from every module, and the latest notices. */
@Named
@RequestScoped
public class Workbench {

    @Inject
    @Any
    Instance<WorkbenchSource> sources;

    @Inject
    Notices notices;

    @Inject
    LocaleChoice locale;

    private List<WorkItem> items;

    /** An item as the page shows it. */
    public record Line(String label, long count, String path) {}

    public List<Line> getPending() {
        return lines(WorkItem.Kind.PENDING);
    }

    public List<Line> getOverdue() {
        return lines(WorkItem.Kind.OVERDUE);
    }

    public List<Line> getDone() {
        return lines(WorkItem.Kind.DONE);
    }

    public List<Notification> getNotices() {
        return notices.mine(8);
    }

    public long getUnread() {
        return notices.unread();
    }

    private List<Line> lines(WorkItem.Kind kind) {
        if (items == null) {
            items = sources.stream().flatMap(s -> s.items().stream()).toList();
        }
        Messages m = Messages.in(locale.getLocale());
        return items.stream()
                .filter(i -> i.kind() == kind)
                .map(i -> new Line(m.get(i.bundle(), i.labelKey()), i.count(), i.path()))
                .toList();
    }
}
