package cn.gov.baotou.talent.intake.hire.entity;

/**
 * The dimensions intake.6.2 names, each graded: the enterprise's 履行承诺 ({@code commitments}), 薪酬待遇 ({@code pay})
 * and 服务保障 ({@code services}); the talent's 履行职责 ({@code duties}), 成果进展 ({@code results}) and 工作业绩
 * ({@code performance}). All null for an evaluation recorded before they were asked.
 */
public record EvaluationDimensions(
        Grade commitments, Grade pay, Grade services, Grade duties, Grade results, Grade performance) {

    public static final EvaluationDimensions NONE = new EvaluationDimensions(null, null, null, null, null, null);
}
