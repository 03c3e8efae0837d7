package cn.gov.baotou.talent.rareearth.record.control;

import cn.gov.baotou.talent.core.account.entity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What each recording measure keeps: its kinds (the text's own words), who records it, and what a record must name —
 * an enterprise (4, 8), a district (15), the agreed terms (14: 一事一议; 15: members and duties).
 */
public enum RecordKind {
    FLEXIBLE(
            4,
            List.of("CONSULTING", "PART_TIME", "PROJECT", "TECH_SHARES"),
            EnumSet.of(Role.ENTERPRISE, Role.DISTRICT_OFFICE, Role.CITY_OFFICE),
            null,
            true,
            false,
            false),
    COOPERATION(
            8,
            List.of("VISIT", "SECONDMENT", "JOINT_RD", "TECH_TACKLING", "TRAINING"),
            EnumSet.of(Role.ENTERPRISE, Role.CITY_OFFICE),
            null,
            true,
            false,
            false),
    VENTURE(
            14,
            List.of("LEAVE_POST", "PART_TIME_INNOVATION", "IN_SERVICE"),
            EnumSet.of(Role.DEPARTMENT, Role.CITY_OFFICE),
            "HUMAN_RESOURCES",
            false,
            false,
            true),
    TASK_FORCE(15, List.of("TASK_FORCE"), EnumSet.of(Role.DISTRICT_OFFICE, Role.CITY_OFFICE), null, false, true, true);

    private final int measureNo;
    private final List<String> kinds;
    private final Set<Role> recorders;
    private final String department;
    private final boolean needsEnterprise;
    private final boolean needsDistrict;
    private final boolean needsTerms;

    RecordKind(
            int measureNo,
            List<String> kinds,
            Set<Role> recorders,
            String department,
            boolean needsEnterprise,
            boolean needsDistrict,
            boolean needsTerms) {
        this.measureNo = measureNo;
        this.kinds = kinds;
        this.recorders = recorders;
        this.department = department;
        this.needsEnterprise = needsEnterprise;
        this.needsDistrict = needsDistrict;
        this.needsTerms = needsTerms;
    }

    public static RecordKind of(int measureNo) {
        for (RecordKind k : values()) {
            if (k.measureNo == measureNo) {
                return k;
            }
        }
        return null;
    }

    public int measureNo() {
        return measureNo;
    }

    public List<String> kinds() {
        return kinds;
    }

    /** Whether a role (a department: with this code) records this measure. */
    public boolean recordedBy(Role role, String departmentCode) {
        return recorders.contains(role) && (role != Role.DEPARTMENT || department.equals(departmentCode));
    }

    /** The department that reads every record of the measure, as the city-wide roles do (人社局 for 14). */
    public String department() {
        return department;
    }

    public boolean needsEnterprise() {
        return needsEnterprise;
    }

    public boolean needsDistrict() {
        return needsDistrict;
    }

    public boolean needsTerms() {
        return needsTerms;
    }
}
