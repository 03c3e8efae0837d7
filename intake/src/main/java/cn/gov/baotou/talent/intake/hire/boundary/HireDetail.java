package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.decision.boundary.CheckView;
import java.time.LocalDate;
import java.util.List;

/**
 * One hire as its page and the API show it: what was submitted, the checks decided then, the subsidy and its grant,
 * the exception, agreement, terms, services, evaluations, departure and recovery, the timeline, and what the caller
 * may do next.
 */
public record HireDetail(
        HireSummary hire,
        Facts facts,
        List<CheckView> checks,
        Money subsidy,
        AgeException exception,
        Agreement agreement,
        Terms terms,
        List<ServiceTask> services,
        List<YearEvaluation> evaluations,
        Departure departure,
        Recovery recovery,
        List<ActivityView> timeline,
        List<String> actions) {

    /** The submitted facts of the person and the job. */
    public record Facts(
            String disciplineCode,
            String major,
            String institution,
            boolean degreeRecognised,
            String overseasCertificateNo,
            boolean fromOutsideCity,
            String workType,
            String jobTitle,
            String sourceKind,
            String sourceReference,
            int ageYears) {}

    /** An amount split between the two finances, in yuan as text. */
    public record Money(String totalYuan, String cityYuan, String districtYuan) {}

    /** 原则上: the city office's written exception to the age limit. */
    public record AgeException(String reason, String approvedBy, LocalDate approvedOn) {}

    /**
     * The three-party agreement and the grant it booked, with what the finances have paid; {@code dueProvisional} while
     * the due date is counted on a year whose holiday notice is not entered (预计).
     */
    public record Agreement(
            LocalDate signedOn,
            Long documentId,
            Long grantId,
            String grantStatus,
            LocalDate dueDate,
            boolean dueProvisional,
            String cityPaidYuan,
            String districtPaidYuan,
            LocalDate serviceUntil) {}

    /** 一事一议. */
    public record Terms(String topUpYuan, String annualSalaryYuan, String note) {}

    /** A service owed and who owns it. */
    public record ServiceTask(String kind, String owner, String status, String note, String updatedBy) {}

    /**
     * An annual evaluation: each side's overall result, and the dimensions of intake.6.2 each graded (null in one
     * recorded before they were asked). {@code open}: the year is complete (its anniversary has come), so it may be
     * recorded.
     */
    public record YearEvaluation(
            int yearNo,
            LocalDate dueOn,
            String enterpriseGrade,
            String enterpriseComment,
            String talentGrade,
            String talentComment,
            LocalDate evaluatedOn,
            String commitmentsGrade,
            String payGrade,
            String servicesGrade,
            String dutiesGrade,
            String resultsGrade,
            String performanceGrade,
            boolean open) {}

    /** The departure the enterprise reported. */
    public record Departure(String kind, LocalDate departedOn, String reason) {}

    /** The default recovery proposed, and the one decided. */
    public record Recovery(
            int servedMonths,
            int unservedMonths,
            String proposedYuan,
            String proposedCityYuan,
            String proposedDistrictYuan,
            String decidedYuan,
            LocalDate decidedOn) {}
}
