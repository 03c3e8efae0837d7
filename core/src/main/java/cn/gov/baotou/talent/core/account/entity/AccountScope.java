package cn.gov.baotou.talent.core.account.entity;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/** What an account is bound to: a district, a department or an enterprise, exactly as its role needs. */
public record AccountScope(String districtCode, String departmentCode, Long enterpriseId) {

    public static final AccountScope CITY = new AccountScope(null, null, null);

    public static AccountScope district(String code) {
        return new AccountScope(code, null, null);
    }

    public static AccountScope department(String code) {
        return new AccountScope(null, code, null);
    }

    public static AccountScope enterprise(long id) {
        return new AccountScope(null, null, id);
    }

    /** Refuses a scope the role does not take, or the lack of one it needs. */
    public void checkFits(Role role) {
        List<FieldError> errors = new ArrayList<>();
        Role.Scope needs = role.scope();
        // a commissioner may belong to a district's task force (专班) or to a city department
        if (needs != Role.Scope.DEPARTMENT) {
            check(errors, "districtCode", districtCode != null, needs == Role.Scope.DISTRICT);
        }
        check(errors, "departmentCode", departmentCode != null, needs == Role.Scope.DEPARTMENT);
        check(errors, "enterpriseId", enterpriseId != null, needs == Role.Scope.ENTERPRISE);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void check(List<FieldError> errors, String field, boolean present, boolean needed) {
        if (needed && !present) {
            errors.add(FieldError.of(field, "account.scope.required"));
        } else if (!needed && present) {
            errors.add(FieldError.of(field, "account.scope.notForRole"));
        }
    }
}
