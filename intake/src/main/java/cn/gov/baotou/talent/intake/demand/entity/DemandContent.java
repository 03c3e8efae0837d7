package cn.gov.baotou.talent.intake.demand.entity;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;

/**
 * What a job demand says, every field checked: the position, how many people of which degree and discipline, the
 * work (one of the four kinds intake.3.1 names), the yearly salary range if given, and a public contact of the
 * enterprise (a work phone or e-mail, never a person's ID).
 */
public record DemandContent(
        String positionTitle,
        int headcount,
        Degree degree,
        String disciplineCode,
        String majors,
        WorkType workType,
        String duties,
        Yuan salaryMin,
        Yuan salaryMax,
        String workLocation,
        String contactPhone,
        String contactEmail) {

    public DemandContent {
        if (positionTitle == null || degree == null || disciplineCode == null || majors == null || workType == null) {
            throw new IllegalArgumentException("a demand names its position, degree, discipline, majors and work");
        }
        if (duties == null || workLocation == null || (contactPhone == null && contactEmail == null)) {
            throw new IllegalArgumentException("a demand states its duties, its place and a contact");
        }
        if (headcount < 1 || !workType.named()) {
            throw new IllegalArgumentException("a demand asks for at least one person for work the plan names");
        }
        if (salaryMin != null && salaryMax != null && salaryMin.compareTo(salaryMax) > 0) {
            throw new IllegalArgumentException("the salary range runs from the lower to the higher amount");
        }
    }
}
