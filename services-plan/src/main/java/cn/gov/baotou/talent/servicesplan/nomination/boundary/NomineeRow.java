package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import java.io.Serializable;

/** One nominee's fields in the application form, kept as typed when the form is refused. */
public class NomineeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String idNumber;
    private String phone;
    private String kind = "EXECUTIVE";
    private String jobTitle;
    private String contribution;

    NomineeForm form() {
        return new NomineeForm(name, idNumber, phone, kind, jobTitle, contribution);
    }

    static NomineeRow of(String name, String idNumber, String phone, String kind, String jobTitle, String why) {
        NomineeRow r = new NomineeRow();
        r.name = name;
        r.idNumber = idNumber;
        r.phone = phone;
        r.kind = kind;
        r.jobTitle = jobTitle;
        r.contribution = why;
        return r;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getContribution() {
        return contribution;
    }

    public void setContribution(String contribution) {
        this.contribution = contribution;
    }
}
