package cn.gov.baotou.talent.servicesplan.nomination.control;

import static cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus.CITY_REVIEW;
import static cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus.DECIDED;
import static cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus.DISTRICT_REVIEW;
import static cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus.MEETING;
import static cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus.NOTIFIED;
import static cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus.RETURNED;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.servicesplan.flow.control.Step;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The review chain of services-plan.5 as a table: the enterprise applies (5.1), its district office reviews first and
 * passes or returns (5.2), the city office reviews and summarises (5.3), its meeting decides the list (5.3), and the
 * decision is sent back to the enterprise, its district office and the departments (5.4). Each step by one role only.
 * An enterprise applies on the platform's day; a filing made on paper in a window (5.1) is entered by the city office
 * alone, dated that day and with its written reason ({@code PAPER_SUBMIT}, {@code PAPER_RESUBMIT}).
 */
public enum NominationStep implements Step<NominationStatus> {
    SUBMIT(EnumSet.noneOf(NominationStatus.class), DISTRICT_REVIEW, "services-plan.5.1", false, Role.ENTERPRISE),
    RESUBMIT(EnumSet.of(RETURNED), DISTRICT_REVIEW, "services-plan.5.1", false, Role.ENTERPRISE),
    PAPER_SUBMIT(EnumSet.noneOf(NominationStatus.class), DISTRICT_REVIEW, "services-plan.5.1", true, Role.CITY_OFFICE),
    PAPER_RESUBMIT(EnumSet.of(RETURNED), DISTRICT_REVIEW, "services-plan.5.1", true, Role.CITY_OFFICE),
    DISTRICT_PASS(EnumSet.of(DISTRICT_REVIEW), CITY_REVIEW, "services-plan.5.2", false, Role.DISTRICT_OFFICE),
    DISTRICT_RETURN(EnumSet.of(DISTRICT_REVIEW), RETURNED, "services-plan.5.2", true, Role.DISTRICT_OFFICE),
    CITY_PASS(EnumSet.of(CITY_REVIEW), MEETING, "services-plan.5.3", false, Role.CITY_OFFICE),
    CITY_RETURN(EnumSet.of(CITY_REVIEW), RETURNED, "services-plan.5.3", true, Role.CITY_OFFICE),
    DECIDE(EnumSet.of(MEETING), DECIDED, "services-plan.5.3", false, Role.CITY_OFFICE),
    NOTIFY(EnumSet.of(DECIDED), NOTIFIED, "services-plan.5.4", false, Role.CITY_OFFICE);

    /** The case type of a nomination in the activity feed. */
    public static final String CASE_TYPE = "services-plan.nomination";

    private final Set<NominationStatus> from;
    private final NominationStatus to;
    private final String clauseId;
    private final boolean needsReason;
    private final Set<Role> roles;

    NominationStep(Set<NominationStatus> from, NominationStatus to, String clauseId, boolean needsReason, Role role) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.clauseId = clauseId;
        this.needsReason = needsReason;
        this.roles = Set.of(role);
    }

    @Override
    public Set<NominationStatus> from() {
        return from;
    }

    @Override
    public NominationStatus to(NominationStatus current) {
        return to;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    @Override
    public String clauseId() {
        return clauseId;
    }

    @Override
    public boolean needsReason() {
        return needsReason;
    }

    /** A filing (first or again), by the enterprise on the platform or by the city office from paper. */
    public boolean files() {
        return this == SUBMIT || this == RESUBMIT || this == PAPER_SUBMIT || this == PAPER_RESUBMIT;
    }

    /** A first filing, which must lie in a window and sets the quota year. */
    public boolean first() {
        return this == SUBMIT || this == PAPER_SUBMIT;
    }

    /** Entered by the city office from a filing on paper. */
    public boolean paper() {
        return this == PAPER_SUBMIT || this == PAPER_RESUBMIT;
    }
}
