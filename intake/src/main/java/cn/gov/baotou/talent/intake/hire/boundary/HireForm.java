package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import java.time.LocalDate;

/**
 * What an enterprise submits for one person it intends to hire (intake.5.3): the person (name, 身份证号, birth date),
 * the degree and where it is from, whether the person comes from outside Baotou, the work and the job, and optionally
 * the recruitment event or workstation that found them.
 */
public record HireForm(
        String name,
        String idNumber,
        LocalDate birthDate,
        Degree degree,
        String disciplineCode,
        String major,
        String institution,
        Boolean degreeRecognised,
        String overseasCertificateNo,
        Boolean fromOutsideCity,
        WorkType workType,
        String jobTitle,
        SourceKind sourceKind,
        String sourceReference) {}
