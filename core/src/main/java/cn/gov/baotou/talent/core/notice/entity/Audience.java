package cn.gov.baotou.talent.core.notice.entity;

import cn.gov.baotou.talent.core.account.entity.Role;

/**
 * Who is to be told: every enabled account of a role, narrowed to a district or an enterprise or a department when
 * given (the enterprise's users, the district's office, the health commissioners …).
 */
public record Audience(Role role, String districtCode, Long enterpriseId, String departmentCode) {

    public static Audience role(Role role) {
        return new Audience(role, null, null, null);
    }

    public static Audience district(Role role, String districtCode) {
        return new Audience(role, districtCode, null, null);
    }

    public static Audience enterprise(long enterpriseId) {
        return new Audience(Role.ENTERPRISE, null, enterpriseId, null);
    }

    public static Audience department(String departmentCode) {
        return new Audience(Role.DEPARTMENT, null, null, departmentCode);
    }
}
