package cn.gov.baotou.talent.servicesplan;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.NomineeForm;

/** The demo accounts as test callers, and made-up nominees with ID numbers valid under GB 11643. */
public final class People {

    private People() {}

    public static Caller commissioner(String username, String department) {
        return Callers.as(username, Role.DEPARTMENT, AccountScope.department(department));
    }

    /** The city's leadership: reads everything, writes nothing. */
    public static Caller leadership() {
        return Callers.as("leader", Role.LEADERSHIP, AccountScope.CITY);
    }

    /** A commissioner of a district's service task force (专班). */
    public static Caller taskForce(String username, String district, String department) {
        return Callers.as(username, Role.DEPARTMENT, new AccountScope(district, department, null));
    }

    /** A nominee born on the day ({@code 19850312}) with sequence {@code seq} (three digits). */
    public static NomineeForm nominee(String name, String birth, String seq, String kind) {
        return new NomineeForm(name, idNumber("150203" + birth + seq), null, kind, "副总经理", "牵头建成年产万吨级磁材生产线，获自治区科技进步奖");
    }

    /** The 18-digit number with its GB 11643 (ISO 7064 MOD 11-2) check character. */
    public static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
