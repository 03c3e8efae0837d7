package cn.gov.baotou.talent.servicesplan.flow.entity;

import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import jakarta.persistence.Query;

/**
 * What a caller may see of the plan's cases, for queries to filter by: core's visibility (all, a district, an
 * enterprise) and, for a commissioner (部门专员), the cases of his department — of the whole city for a city
 * department's commissioner, of his district only for a task force's (专班).
 */
public record CaseScope(Visibility visibility, String departmentCode, String departmentDistrict) {

    public static CaseScope of(Role role, AccountScope scope) {
        if (role == Role.DEPARTMENT && scope != null && scope.departmentCode() != null) {
            return new CaseScope(Visibility.NOTHING, scope.departmentCode(), scope.districtCode());
        }
        return new CaseScope(Visibility.of(role, scope), null, null);
    }

    public boolean commissioner() {
        return departmentCode != null;
    }

    /**
     * A JPQL condition on a case with a district, an enterprise and a responsible department; {@code taskForcePath}
     * names the flag that routes a case to a district's task force rather than the city department (null when the case
     * has none). Bind its parameters with {@link #bind}.
     */
    public String condition(String districtPath, String enterprisePath, String departmentPath, String taskForcePath) {
        if (!commissioner()) {
            return visibility.condition(districtPath, enterprisePath);
        }
        String department = departmentPath + " = :scopeDepartment";
        if (departmentDistrict == null) {
            return taskForcePath == null ? department : department + " and " + taskForcePath + " = false";
        }
        String district = department + " and " + districtPath + " = :scopeDistrict";
        return taskForcePath == null ? district : district + " and " + taskForcePath + " = true";
    }

    public <Q extends Query> Q bind(Q query) {
        if (!commissioner()) {
            return visibility.bind(query);
        }
        query.setParameter("scopeDepartment", departmentCode);
        if (departmentDistrict != null) {
            query.setParameter("scopeDistrict", departmentDistrict);
        }
        return query;
    }
}
