package cn.gov.baotou.talent.servicesplan.web.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The plan's tabs over its pages, as each role works them. */
@Named("svcTabs")
@RequestScoped
public class PlanTabs {

    @Inject
    Caller caller;

    /** One tab: a key of the plan's bundle and the page. */
    public record Tab(String labelKey, String page) {}

    public List<Tab> getTabs() {
        List<Tab> tabs = new ArrayList<>();
        if (caller.is(Role.ENTERPRISE, Role.DISTRICT_OFFICE, Role.CITY_OFFICE, Role.LEADERSHIP)) {
            tabs.add(new Tab("tab.figures", "figures.xhtml"));
            tabs.add(new Tab("tab.nominations", "nominations.xhtml"));
        }
        if (caller.is(Role.CITY_OFFICE)) {
            tabs.add(new Tab("tab.meeting", "meeting.xhtml"));
        }
        tabs.add(new Tab("tab.services", "services.xhtml"));
        tabs.add(new Tab("tab.requests", "requests.xhtml"));
        tabs.add(new Tab("tab.taskForces", "taskforces.xhtml"));
        if (caller.is(Role.CITY_OFFICE, Role.LEADERSHIP)) {
            tabs.add(new Tab("tab.windowNotices", "window-notices.xhtml"));
        }
        return tabs;
    }
}
