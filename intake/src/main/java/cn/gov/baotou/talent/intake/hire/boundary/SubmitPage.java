package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * 报送拟录用人员: the enterprise's form for one person. A refused submission keeps everything typed and says what is
 * wrong next to each field (or at the top: no joint agreement, a person already under way); a submitted one opens
 * the hire's page with its checks.
 */
@Named
@ViewScoped
public class SubmitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HireDesk desk;

    private String name;
    private String idNumber;
    private LocalDate birthDate;
    private Degree degree = Degree.DOCTOR;
    private String disciplineCode = "08";
    private String major;
    private String institution;
    private boolean degreeRecognised = true;
    private String overseasCertificateNo;
    private boolean fromOutsideCity = true;
    private WorkType workType = WorkType.RESEARCH_DEVELOPMENT;
    private String jobTitle;
    private SourceKind sourceKind;
    private String sourceReference;

    public String submit() {
        return PageReplies.attempt(
                        PageReplies.nextToField("hire"),
                        IntakeEligibility.BUNDLE,
                        () -> desk.submit(new HireForm(
                                name,
                                idNumber,
                                birthDate,
                                degree,
                                disciplineCode,
                                major,
                                institution,
                                degreeRecognised,
                                overseasCertificateNo,
                                fromOutsideCity,
                                workType,
                                jobTitle,
                                sourceKind,
                                sourceReference)))
                .map(h -> "/intake/hires/hire?faces-redirect=true&id=" + h.id())
                .orElse(null);
    }

    public Map<String, String> getDisciplines() {
        return Disciplines.names();
    }

    public Degree[] getDegrees() {
        return Degree.values();
    }

    public WorkType[] getWorkTypes() {
        return WorkType.values();
    }

    public SourceKind[] getSources() {
        return SourceKind.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Degree getDegree() {
        return degree;
    }

    public void setDegree(Degree degree) {
        this.degree = degree;
    }

    public String getDisciplineCode() {
        return disciplineCode;
    }

    public void setDisciplineCode(String disciplineCode) {
        this.disciplineCode = disciplineCode;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public boolean isDegreeRecognised() {
        return degreeRecognised;
    }

    public void setDegreeRecognised(boolean degreeRecognised) {
        this.degreeRecognised = degreeRecognised;
    }

    public String getOverseasCertificateNo() {
        return overseasCertificateNo;
    }

    public void setOverseasCertificateNo(String overseasCertificateNo) {
        this.overseasCertificateNo = overseasCertificateNo;
    }

    public boolean isFromOutsideCity() {
        return fromOutsideCity;
    }

    public void setFromOutsideCity(boolean fromOutsideCity) {
        this.fromOutsideCity = fromOutsideCity;
    }

    public WorkType getWorkType() {
        return workType;
    }

    public void setWorkType(WorkType workType) {
        this.workType = workType;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public SourceKind getSourceKind() {
        return sourceKind;
    }

    public void setSourceKind(SourceKind sourceKind) {
        this.sourceKind = sourceKind;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public void setSourceReference(String sourceReference) {
        this.sourceReference = sourceReference;
    }
}
