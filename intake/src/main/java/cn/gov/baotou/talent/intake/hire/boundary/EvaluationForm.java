package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.intake.hire.entity.Grade;

/**
 * One year's evaluation (intake.6.2): each dimension the text names graded — the enterprise's 履行承诺, 薪酬待遇, 服务保障,
 * the talent's 履行职责, 成果进展, 工作业绩 — and each side's overall result with a comment.
 */
public record EvaluationForm(
        Grade commitmentsGrade,
        Grade payGrade,
        Grade servicesGrade,
        Grade enterpriseGrade,
        String enterpriseComment,
        Grade dutiesGrade,
        Grade resultsGrade,
        Grade performanceGrade,
        Grade talentGrade,
        String talentComment) {}
