package cn.gov.baotou.talent.reporting.forecast.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.web.control.ModuleNavigation;
import cn.gov.baotou.talent.core.web.control.NavigationLink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The budget forecast in the main navigation, for the city office only (the only role that may open it). */
@ApplicationScoped
public class ForecastNavigation implements ModuleNavigation {

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(
                BudgetForecast.BUNDLE, "nav.forecast", "/reports/forecast.xhtml", 92, Set.of(Role.CITY_OFFICE)));
    }
}
