package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.intake.demand.control.DemandDraft;
import cn.gov.baotou.talent.intake.demand.entity.DemandContent;
import java.io.Serializable;

/** What the demand form holds while the enterprise types, kept as typed (text) until the draft's check reads it. */
public class DemandForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String positionTitle;
    private String headcount;
    private String degree;
    private String disciplineCode;
    private String majors;
    private String workType;
    private String duties;
    private String salaryMinYuan;
    private String salaryMaxYuan;
    private String workLocation;
    private String contactPhone;
    private String contactEmail;

    public DemandForm() {
        headcount = "1";
    }

    /** The form filled from a demand's content, for correcting it. */
    static DemandForm of(DemandContent c) {
        DemandForm f = new DemandForm();
        f.positionTitle = c.positionTitle();
        f.headcount = String.valueOf(c.headcount());
        f.degree = c.degree().name();
        f.disciplineCode = c.disciplineCode();
        f.majors = c.majors();
        f.workType = c.workType().name();
        f.duties = c.duties();
        f.salaryMinYuan = c.salaryMin() == null ? null : c.salaryMin().toString();
        f.salaryMaxYuan = c.salaryMax() == null ? null : c.salaryMax().toString();
        f.workLocation = c.workLocation();
        f.contactPhone = c.contactPhone();
        f.contactEmail = c.contactEmail();
        return f;
    }

    DemandDraft draft() {
        return new DemandDraft(
                positionTitle,
                headcount,
                degree,
                disciplineCode,
                majors,
                workType,
                duties,
                salaryMinYuan,
                salaryMaxYuan,
                workLocation,
                contactPhone,
                contactEmail);
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }

    public String getHeadcount() {
        return headcount;
    }

    public void setHeadcount(String headcount) {
        this.headcount = headcount;
    }

    public String getDegree() {
        return degree;
    }

    public void setDegree(String degree) {
        this.degree = degree;
    }

    public String getDisciplineCode() {
        return disciplineCode;
    }

    public void setDisciplineCode(String disciplineCode) {
        this.disciplineCode = disciplineCode;
    }

    public String getMajors() {
        return majors;
    }

    public void setMajors(String majors) {
        this.majors = majors;
    }

    public String getWorkType() {
        return workType;
    }

    public void setWorkType(String workType) {
        this.workType = workType;
    }

    public String getDuties() {
        return duties;
    }

    public void setDuties(String duties) {
        this.duties = duties;
    }

    public String getSalaryMinYuan() {
        return salaryMinYuan;
    }

    public void setSalaryMinYuan(String salaryMinYuan) {
        this.salaryMinYuan = salaryMinYuan;
    }

    public String getSalaryMaxYuan() {
        return salaryMaxYuan;
    }

    public void setSalaryMaxYuan(String salaryMaxYuan) {
        this.salaryMaxYuan = salaryMaxYuan;
    }

    public String getWorkLocation() {
        return workLocation;
    }

    public void setWorkLocation(String workLocation) {
        this.workLocation = workLocation;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
