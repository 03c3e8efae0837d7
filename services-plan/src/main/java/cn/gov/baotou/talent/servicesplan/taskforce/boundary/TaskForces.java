package cn.gov.baotou.talent.servicesplan.taskforce.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
import cn.gov.baotou.talent.servicesplan.taskforce.control.TaskForceDepartments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * 人才服务工作专班 per district (services-plan.6.1): the commissioner accounts (部门专员 bound to a district) of the six
 * departments, read from the accounts themselves, so that appointing one is creating his account. A district office
 * and an enterprise see their own district's; the city office and commissioners of the city see all.
 */
@Named("svcTaskForces")
@ApplicationScoped
@Transactional
public class TaskForces {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceCatalog catalog;

    @Inject
    Caller caller;

    public TaskForces() {}

    /** For use outside the container (tests). */
    public TaskForces(EntityManager em, Caller caller) {
        this.em = em;
        this.catalog = new ServiceCatalog();
        this.caller = caller;
    }

    public List<TaskForceView> getVisible() {
        return visible();
    }

    public List<TaskForceView> visible() {
        String only = district();
        List<Account> commissioners = em.createQuery(
                        "select a from Account a where a.enabled = true and a.role = :role"
                                + " and a.districtCode is not null order by a.username",
                        Account.class)
                .setParameter("role", Role.DEPARTMENT)
                .getResultList();
        return em.createQuery("select d from District d order by d.code", District.class).getResultList().stream()
                .filter(d -> only == null || only.equals(d.code()))
                .map(d -> new TaskForceView(
                        d.code(),
                        d.name(),
                        TaskForceDepartments.CODES.stream()
                                .map(code -> new TaskForceView.Seat(
                                        code,
                                        catalog.departmentName(code, false),
                                        commissioners.stream()
                                                .filter(a -> d.code()
                                                                .equals(a.scope()
                                                                        .districtCode())
                                                        && code.equals(a.scope().departmentCode()))
                                                .map(a -> new TaskForceView.Member(a.username(), a.displayName()))
                                                .toList()))
                                .toList()))
                .toList();
    }

    /** The one district the caller may see, or null for all. */
    private String district() {
        if (caller.is(Role.DISTRICT_OFFICE, Role.DISTRICT_FINANCE)) {
            return caller.scope().districtCode();
        }
        if (caller.is(Role.ENTERPRISE)) {
            return em.find(Enterprise.class, caller.scope().enterpriseId())
                    .district()
                    .code();
        }
        if (caller.is(Role.DEPARTMENT) && caller.scope().districtCode() != null) {
            return caller.scope().districtCode();
        }
        return caller.isSignedIn() ? null : "—";
    }
}
