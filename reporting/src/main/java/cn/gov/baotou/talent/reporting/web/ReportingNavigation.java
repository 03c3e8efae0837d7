package cn.gov.baotou.talent.reporting.web;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.control.ModuleNavigation;
import cn.gov.baotou.talent.core.web.control.NavigationLink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reporting's entries in the main navigation, first after the home page for those who read reports: the dashboard
 * (数据看板) and the reports (统计报表) for leadership, the city office and the district offices (their own district).
 */
@ApplicationScoped
public class ReportingNavigation implements ModuleNavigation {

    static final Set<Role> READERS = EnumSet.of(Role.LEADERSHIP, Role.CITY_OFFICE, Role.DISTRICT_OFFICE);

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Messages.CORE, "nav.reports", "/reports/dashboard.xhtml", 1, READERS),
                new NavigationLink(
                        ReportingMessages.BUNDLE, "nav.reports", "/reports/report.xhtml?kind=targets", 2, READERS));
    }
}
