package cn.gov.baotou.talent.intake.eligibility.control;

import java.time.LocalDate;

/** A person an enterprise intends to hire, as the rules of intake.3.1 look at them, on the day they are assessed. */
public record Candidate(
        Degree degree,
        LocalDate birthDate,
        LocalDate assessedOn,
        boolean degreeRecognised,
        boolean fromOutsideCity,
        WorkType workType,
        EnterpriseFacts enterprise) {}
