package cn.gov.baotou.talent.core.web.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.control.ModuleNavigation;
import cn.gov.baotou.talent.core.web.control.NavigationLink;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** The main navigation of every page: each module's links that the caller's role may see, in the modules' order. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    @Any
    Instance<ModuleNavigation> modules;

    @Inject
    Caller caller;

    @Inject
    LocaleChoice locale;

    /** One link as the layout renders it. */
    public record Entry(String label, String path) {}

    public List<Entry> getEntries() {
        Messages messages = Messages.in(locale.getLocale());
        return modules.stream()
                .flatMap(m -> m.links().stream())
                .filter(l -> l.visibleTo(caller.role()))
                .sorted(Comparator.comparingInt(NavigationLink::order))
                .map(l -> new Entry(messages.get(l.bundle(), l.labelKey()), l.path()))
                .toList();
    }
}
