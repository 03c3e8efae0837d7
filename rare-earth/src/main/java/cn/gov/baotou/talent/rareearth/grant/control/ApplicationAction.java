package cn.gov.baotou.talent.rareearth.grant.control;

import static cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus.CITY_REVIEW;
import static cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus.DUPLICATE;
import static cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus.GRANTED;
import static cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus.REJECTED;
import static cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus.SUBMITTED;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything that can happen to an application: the states it starts from, the state it leads to, and who does it
 * (none: the platform, when the ledger refuses). The department is the measure's lead department, checked by the
 * boundary; a measure 市委人才办 leads goes straight to the city office.
 */
public enum ApplicationAction {
    SUBMIT(EnumSet.noneOf(ApplicationStatus.class), SUBMITTED, Role.ENTERPRISE, Role.CITY_OFFICE),
    DEPARTMENT_APPROVE(EnumSet.of(SUBMITTED), CITY_REVIEW, Role.DEPARTMENT),
    DEPARTMENT_REJECT(EnumSet.of(SUBMITTED), REJECTED, Role.DEPARTMENT),
    CITY_APPROVE(EnumSet.of(CITY_REVIEW), GRANTED, Role.CITY_OFFICE),
    CITY_REJECT(EnumSet.of(CITY_REVIEW), REJECTED, Role.CITY_OFFICE),
    LEDGER_REFUSE(EnumSet.of(CITY_REVIEW), DUPLICATE);

    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;
    private final Set<Role> roles;

    ApplicationAction(Set<ApplicationStatus> from, ApplicationStatus to, Role... roles) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.roles = roles.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(roles[0], roles));
    }

    public Set<ApplicationStatus> from() {
        return from;
    }

    public ApplicationStatus to() {
        return to;
    }

    public Set<Role> roles() {
        return roles;
    }
}
