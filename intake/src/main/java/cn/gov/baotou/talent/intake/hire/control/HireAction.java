package cn.gov.baotou.talent.intake.hire.control;

import static cn.gov.baotou.talent.intake.hire.entity.HireStatus.AGREEMENT_SIGNED;
import static cn.gov.baotou.talent.intake.hire.entity.HireStatus.COMPLETED;
import static cn.gov.baotou.talent.intake.hire.entity.HireStatus.DEPARTED;
import static cn.gov.baotou.talent.intake.hire.entity.HireStatus.REJECTED;
import static cn.gov.baotou.talent.intake.hire.entity.HireStatus.SERVING;
import static cn.gov.baotou.talent.intake.hire.entity.HireStatus.SUBMITTED;
import static cn.gov.baotou.talent.intake.hire.entity.HireStatus.SUBSIDY_PAID;
import static cn.gov.baotou.talent.intake.hire.entity.HireStatus.VERIFIED;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The table of everything that can happen to a hire: the states it may start from, the state it leads to (the same
 * state when it only records something), the roles that may do it (none: only the platform, from the ledger) and the
 * clause it rests on. Every action writes an entry to the case's activity feed.
 */
public enum HireAction {
    SUBMIT(EnumSet.noneOf(HireStatus.class), SUBMITTED, "intake.5.3", Role.ENTERPRISE),
    APPROVE_EXCEPTION(EnumSet.of(SUBMITTED), SUBMITTED, "intake.3.1", Role.CITY_OFFICE),
    VERIFY(EnumSet.of(SUBMITTED), VERIFIED, "intake.5.4", Role.CITY_OFFICE),
    REJECT(EnumSet.of(SUBMITTED), REJECTED, "intake.5.4", Role.CITY_OFFICE),
    SIGN_AGREEMENT(EnumSet.of(VERIFIED), AGREEMENT_SIGNED, "intake.5.4", Role.CITY_OFFICE),
    RECORD_PAYMENT(EnumSet.of(AGREEMENT_SIGNED), SUBSIDY_PAID, "intake.5.5"),
    START_SERVICE(EnumSet.of(SUBSIDY_PAID), SERVING, "intake.6.1", Role.CITY_OFFICE),
    COMPLETE(EnumSet.of(SERVING), COMPLETED, "intake.6.1", Role.CITY_OFFICE),
    REPORT_DEPARTURE(EnumSet.of(AGREEMENT_SIGNED, SUBSIDY_PAID, SERVING), DEPARTED, "intake.6.3", Role.ENTERPRISE),
    DECIDE_RECOVERY(EnumSet.of(DEPARTED), DEPARTED, "intake.6.3", Role.CITY_OFFICE),
    RECORD_TERMS(
            EnumSet.of(SUBMITTED, VERIFIED, AGREEMENT_SIGNED, SUBSIDY_PAID, SERVING),
            null,
            "intake.3.2.2",
            Role.ENTERPRISE),
    UPDATE_SERVICE(
            EnumSet.of(AGREEMENT_SIGNED, SUBSIDY_PAID, SERVING),
            null,
            "intake.3.2.3",
            Role.CITY_OFFICE,
            Role.DISTRICT_OFFICE),
    RECORD_EVALUATION(
            EnumSet.of(AGREEMENT_SIGNED, SUBSIDY_PAID, SERVING),
            null,
            "intake.6.2",
            Role.CITY_OFFICE,
            Role.DISTRICT_OFFICE);

    private final Set<HireStatus> from;
    private final HireStatus to;
    private final String clauseId;
    private final Set<Role> roles;

    HireAction(Set<HireStatus> from, HireStatus to, String clauseId, Role... roles) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.clauseId = clauseId;
        this.roles = roles.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(roles[0], roles));
    }

    public Set<HireStatus> from() {
        return from;
    }

    /** The state after the action; for an action that only records something, the state it was in. */
    public HireStatus to(HireStatus current) {
        return to == null ? current : to;
    }

    public String clauseId() {
        return clauseId;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Done by the platform itself (the ledger says both halves are paid), never by a user. */
    public boolean byPlatform() {
        return roles.isEmpty();
    }
}
