package cn.gov.baotou.talent.servicesplan.figures.control;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.servicesplan.figures.entity.FigureStatus;
import cn.gov.baotou.talent.servicesplan.flow.control.Step;
import java.util.EnumSet;
import java.util.Set;

/**
 * The figure's transition table: the enterprise enters (or corrects until confirmed) its revenue or investment of a
 * year with evidence; its district office confirms it, or returns it with a reason (services-plan.4). Only confirmed
 * figures decide a quota.
 */
public enum FigureStep implements Step<FigureStatus> {
    ENTER(EnumSet.noneOf(FigureStatus.class), FigureStatus.PENDING, false, Role.ENTERPRISE),
    CORRECT(EnumSet.of(FigureStatus.PENDING, FigureStatus.RETURNED), FigureStatus.PENDING, false, Role.ENTERPRISE),
    CONFIRM(EnumSet.of(FigureStatus.PENDING), FigureStatus.CONFIRMED, false, Role.DISTRICT_OFFICE),
    RETURN(EnumSet.of(FigureStatus.PENDING), FigureStatus.RETURNED, true, Role.DISTRICT_OFFICE);

    /** The case type of a figure in the activity feed. */
    public static final String CASE_TYPE = "services-plan.figure";

    private final Set<FigureStatus> from;
    private final FigureStatus to;
    private final boolean needsReason;
    private final Set<Role> roles;

    FigureStep(Set<FigureStatus> from, FigureStatus to, boolean needsReason, Role role) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.needsReason = needsReason;
        this.roles = Set.of(role);
    }

    @Override
    public Set<FigureStatus> from() {
        return from;
    }

    @Override
    public FigureStatus to(FigureStatus current) {
        return to;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    @Override
    public String clauseId() {
        return "services-plan.4";
    }

    @Override
    public boolean needsReason() {
        return needsReason;
    }
}
