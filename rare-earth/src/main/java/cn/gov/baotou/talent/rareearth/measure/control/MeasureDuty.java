package cn.gov.baotou.talent.rareearth.measure.control;

import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.rareearth.measure.entity.Department;
import cn.gov.baotou.talent.rareearth.measure.entity.Departments;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who answers for a measure, read from its clause (rare-earth.closing: 涉及责任单位要制定细则或具体的办事流程): the
 * departments among its lead and responsible units, which file its 细则 and 办事流程, and the department that leads it
 * — the first lead unit, or where the text names none (measures 12 and 14) the first responsible unit.
 */
public record MeasureDuty(String leadDepartment, Set<String> departments, List<String> otherUnits) {

    public static MeasureDuty of(Clause clause, Departments known) {
        Set<String> codes = new LinkedHashSet<>();
        List<String> others = new ArrayList<>();
        List<String> units = new ArrayList<>(clause.leadUnits());
        units.addAll(clause.responsibleUnits());
        for (String unit : units) {
            Optional<Department> d = known.byUnit(unit);
            if (d.isPresent()) {
                codes.add(d.get().code());
            } else {
                others.add(unit);
            }
        }
        String leadUnit = clause.leadUnits().isEmpty()
                ? clause.responsibleUnits().stream().findFirst().orElse(null)
                : clause.leadUnits().get(0);
        String lead = known.byUnit(leadUnit).map(Department::code).orElse(null);
        return new MeasureDuty(lead, Set.copyOf(codes), List.copyOf(others));
    }

    /** Whether {@code departmentCode} is among the departments that answer for the measure. */
    public boolean binds(String departmentCode) {
        return departmentCode != null && departments.contains(departmentCode);
    }

    /** The lead department reviews applications first; 市委人才办 leading means the city office reviews alone. */
    public String reviewDepartment() {
        return Departments.TALENT_OFFICE.equals(leadDepartment) ? null : leadDepartment;
    }
}
