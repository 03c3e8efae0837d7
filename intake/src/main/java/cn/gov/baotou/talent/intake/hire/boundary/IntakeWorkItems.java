package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.entity.Evaluations;
import cn.gov.baotou.talent.intake.hire.entity.HireServices;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import cn.gov.baotou.talent.intake.hire.entity.Hires;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The hire lifecycle on each role's workbench: the city office's hires to verify, agreements to record, departures
 * to decide and PhDs' services; a district office's masters' services; overdue annual evaluations in red; and each
 * scope's hires as done items; each finance the cases whose subsidy is not yet paid in full.
 */
@ApplicationScoped
public class IntakeWorkItems implements WorkbenchSource {

    static final String LIST = "/intake/hires/list.xhtml";

    @Inject
    Caller caller;

    @Inject
    Hires hires;

    @Inject
    HireServices services;

    @Inject
    Evaluations evaluations;

    @Inject
    Clock clock;

    @Override
    public List<WorkItem> items() {
        Visibility v = caller.visibility();
        List<WorkItem> items = new ArrayList<>();
        if (caller.is(Role.CITY_OFFICE)) {
            items.add(pending(
                    "work.toVerify", hires.count(v, HireStatus.SUBMITTED, null, null), LIST + "?status=SUBMITTED"));
            items.add(
                    pending("work.toSign", hires.count(v, HireStatus.VERIFIED, null, null), LIST + "?status=VERIFIED"));
            items.add(pending("work.toRecover", hires.countAwaitingRecovery(v), LIST + "?status=DEPARTED"));
        }
        if (caller.is(Role.CITY_OFFICE, Role.DISTRICT_OFFICE)) {
            items.add(pending("work.services", services.countOpen(caller.role(), v), "/intake/hires/services.xhtml"));
            items.add(new WorkItem(
                    WorkItem.Kind.OVERDUE,
                    IntakeEligibility.BUNDLE,
                    "work.evaluationsOverdue",
                    evaluations.countOverdue(v, LocalDate.now(clock)),
                    "/intake/hires/services.xhtml"));
        }
        if (caller.is(Role.CITY_FINANCE, Role.DISTRICT_FINANCE)) {
            // each finance records its own half on the hire's page (intake.5.5)
            items.add(pending(
                    "work.toPay",
                    hires.count(v, HireStatus.AGREEMENT_SIGNED, null, null),
                    LIST + "?status=AGREEMENT_SIGNED"));
        }
        if (caller.is(
                Role.ENTERPRISE,
                Role.DISTRICT_OFFICE,
                Role.CITY_OFFICE,
                Role.LEADERSHIP,
                Role.CITY_FINANCE,
                Role.DISTRICT_FINANCE)) {
            items.add(new WorkItem(
                    WorkItem.Kind.DONE,
                    IntakeEligibility.BUNDLE,
                    "work.hires",
                    hires.count(v, null, null, null),
                    LIST));
        }
        return items;
    }

    private static WorkItem pending(String key, long count, String path) {
        return new WorkItem(WorkItem.Kind.PENDING, IntakeEligibility.BUNDLE, key, count, path);
    }
}
