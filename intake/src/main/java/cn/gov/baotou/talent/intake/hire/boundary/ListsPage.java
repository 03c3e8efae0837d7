package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The city office's list of exceptions to the "原则上" age limit (for every report), and each office's list of the
 * hires whose services and evaluations it coordinates (a PhD's the city office, a master's the district office).
 */
@Named
@RequestScoped
public class ListsPage {

    @Inject
    HireDesk desk;

    @Inject
    Caller caller;

    private List<HireSummary> exceptions;
    private List<HireSummary> inService;

    public List<HireSummary> getExceptions() {
        if (exceptions == null) {
            exceptions = desk.exceptions().stream()
                    .map(h -> HireSummary.of(h, clear()))
                    .toList();
        }
        return exceptions;
    }

    public List<HireSummary> getInService() {
        if (inService == null) {
            inService = desk.inService().stream()
                    .map(h -> HireSummary.of(h, clear()))
                    .toList();
        }
        return inService;
    }

    private boolean clear() {
        return caller.readsPersonalData() || caller.is(Role.ENTERPRISE);
    }
}
