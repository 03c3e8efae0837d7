package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.intake.hire.entity.Grade;

/** One year's evaluation: the enterprise's and the talent's grades and comments (intake.6.2). */
public record EvaluationForm(
        Grade enterpriseGrade, String enterpriseComment, Grade talentGrade, String talentComment) {}
