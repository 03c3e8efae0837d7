package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What the enterprise reported of the person (intake.5.3): the degree and where it is from, the discipline, whether
 * the person comes from outside Baotou, the work and the job, and the recruitment event or workstation that found them.
 */
@Embeddable
public class HireFacts {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Degree degree;

    @Column(name = "discipline_code", nullable = false, length = 2)
    private String disciplineCode;

    @Column(nullable = false, length = 100)
    private String major;

    @Column(nullable = false, length = 100)
    private String institution;

    @Column(name = "degree_recognised", nullable = false)
    private boolean degreeRecognised;

    @Column(name = "overseas_certificate_no", length = 40)
    private String overseasCertificateNo;

    @Column(name = "from_outside_city", nullable = false)
    private boolean fromOutsideCity;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_type", nullable = false, length = 30)
    private WorkType workType;

    @Column(name = "job_title", nullable = false, length = 100)
    private String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", length = 20)
    private SourceKind sourceKind;

    @Column(name = "source_reference", length = 60)
    private String sourceReference;

    protected HireFacts() {}

    public HireFacts(
            Degree degree,
            String disciplineCode,
            String major,
            String institution,
            boolean degreeRecognised,
            String overseasCertificateNo,
            boolean fromOutsideCity,
            WorkType workType,
            String jobTitle,
            SourceKind sourceKind,
            String sourceReference) {
        this.degree = degree;
        this.disciplineCode = disciplineCode;
        this.major = major;
        this.institution = institution;
        this.degreeRecognised = degreeRecognised;
        this.overseasCertificateNo = overseasCertificateNo;
        this.fromOutsideCity = fromOutsideCity;
        this.workType = workType;
        this.jobTitle = jobTitle;
        this.sourceKind = sourceKind;
        this.sourceReference = sourceReference;
    }

    /** 国家承认: a recognised domestic degree, or an overseas one with its CSCSE certification number. */
    public boolean recognised() {
        return degreeRecognised || (overseasCertificateNo != null && !overseasCertificateNo.isBlank());
    }

    public Degree degree() {
        return degree;
    }

    public String disciplineCode() {
        return disciplineCode;
    }

    public String major() {
        return major;
    }

    public String institution() {
        return institution;
    }

    public boolean degreeRecognised() {
        return degreeRecognised;
    }

    public String overseasCertificateNo() {
        return overseasCertificateNo;
    }

    public boolean fromOutsideCity() {
        return fromOutsideCity;
    }

    public WorkType workType() {
        return workType;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public SourceKind sourceKind() {
        return sourceKind;
    }

    public String sourceReference() {
        return sourceReference;
    }
}
