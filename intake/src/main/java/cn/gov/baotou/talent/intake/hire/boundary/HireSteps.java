package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.document.boundary.DocumentStore;
import cn.gov.baotou.talent.core.document.boundary.UploadForm;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.entity.DepartureKind;
import cn.gov.baotou.talent.intake.hire.entity.Grade;
import cn.gov.baotou.talent.intake.hire.entity.ServiceKind;
import cn.gov.baotou.talent.intake.hire.entity.ServiceStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The step forms of a hire's page: what each sends, each step refused with its reason or done and the page read
 * again. Every field keeps what was typed until its step is done.
 */
@Named
@ViewScoped
public class HireSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HireDesk desk;

    @Inject
    transient DocumentStore documents;

    @Inject
    HirePage page;

    private String reason;
    private String opinion;
    private LocalDate signedOn;
    private transient Part copy;
    private String topUpYuan;
    private String annualSalaryYuan;
    private String note;
    private ServiceKind serviceKind = ServiceKind.SPOUSE_EMPLOYMENT;
    private ServiceStatus serviceStatus = ServiceStatus.IN_PROGRESS;
    private int yearNo = 1;
    private Grade enterpriseGrade = Grade.QUALIFIED;
    // intake.6.2's dimensions, each graded: no default, so that each is chosen
    private Grade commitmentsGrade;
    private Grade payGrade;
    private Grade servicesGrade;
    private Grade dutiesGrade;
    private Grade resultsGrade;
    private Grade performanceGrade;
    private String enterpriseComment;
    private Grade talentGrade = Grade.QUALIFIED;
    private String talentComment;
    private DepartureKind departureKind = DepartureKind.RESIGNED;
    private LocalDate departedOn;
    private String recoveryYuan;
    private LocalDate paidOn;
    private String paymentReference;
    /** One per payment form shown: a second click on the same form gets the first payment back from the ledger. */
    private String paymentKey = UUID.randomUUID().toString();

    public void approveException() {
        done("steps", () -> desk.approveException(page.getId(), reason));
    }

    public void verify() {
        done("steps", () -> desk.verify(page.getId(), opinion));
    }

    public void reject() {
        done("steps", () -> desk.reject(page.getId(), reason));
    }

    public void sign() {
        done("agreement", () -> {
            Document d = upload();
            return desk.signAgreement(page.getId(), signedOn, d == null ? null : d.id(), opinion);
        });
    }

    public void pay() {
        done("payment", () -> desk.payShare(page.getId(), paidOn, paymentReference, paymentKey));
    }

    public void startService() {
        done("steps", () -> desk.startService(page.getId(), opinion));
    }

    public void complete() {
        done("steps", () -> desk.complete(page.getId(), opinion));
    }

    public void terms() {
        done(
                "terms",
                () -> desk.recordTerms(
                        page.getId(), yuan("topUpYuan", topUpYuan), yuan("annualSalaryYuan", annualSalaryYuan), note));
    }

    public void service() {
        done("service", () -> desk.updateService(page.getId(), serviceKind, serviceStatus, note));
    }

    public void evaluate() {
        done(
                "evaluation",
                () -> desk.recordEvaluation(
                        page.getId(),
                        yearNo,
                        new EvaluationForm(
                                commitmentsGrade,
                                payGrade,
                                servicesGrade,
                                enterpriseGrade,
                                enterpriseComment,
                                dutiesGrade,
                                resultsGrade,
                                performanceGrade,
                                talentGrade,
                                talentComment)));
    }

    public void depart() {
        done("departure", () -> desk.reportDeparture(page.getId(), departureKind, departedOn, reason));
    }

    public void recover() {
        done(
                "recovery",
                () -> desk.decideRecovery(
                        page.getId(),
                        recoveryYuan == null || recoveryYuan.isBlank() ? null : yuan("amountYuan", recoveryYuan),
                        reason));
    }

    private Document upload() {
        if (copy == null || copy.getSize() == 0) {
            return null;
        }
        String enterprise = String.valueOf(page.getDetail().hire().enterpriseId());
        try (InputStream in = copy.getInputStream()) {
            return documents.upload(new UploadForm(copy.getSubmittedFileName(), "AGREEMENT", null, enterprise), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Yuan yuan(String field, String text) {
        return text == null || text.isBlank() ? null : Yuan.parse(field, text.strip());
    }

    private void done(String form, Supplier<Object> step) {
        if (PageReplies.attempt(PageReplies.nextToField(form), IntakeEligibility.BUNDLE, step)
                .isPresent()) {
            reason = opinion = note = recoveryYuan = paymentReference = null;
            paymentKey = UUID.randomUUID().toString();
            page.reload();
            PageReplies.info(IntakeEligibility.BUNDLE, "page.done");
        }
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public Part getCopy() {
        return copy;
    }

    public void setCopy(Part copy) {
        this.copy = copy;
    }

    public String getTopUpYuan() {
        return topUpYuan;
    }

    public void setTopUpYuan(String topUpYuan) {
        this.topUpYuan = topUpYuan;
    }

    public String getAnnualSalaryYuan() {
        return annualSalaryYuan;
    }

    public void setAnnualSalaryYuan(String annualSalaryYuan) {
        this.annualSalaryYuan = annualSalaryYuan;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ServiceKind getServiceKind() {
        return serviceKind;
    }

    public void setServiceKind(ServiceKind serviceKind) {
        this.serviceKind = serviceKind;
    }

    public ServiceStatus getServiceStatus() {
        return serviceStatus;
    }

    public void setServiceStatus(ServiceStatus serviceStatus) {
        this.serviceStatus = serviceStatus;
    }

    public int getYearNo() {
        return yearNo;
    }

    public void setYearNo(int yearNo) {
        this.yearNo = yearNo;
    }

    public Grade getCommitmentsGrade() {
        return commitmentsGrade;
    }

    public void setCommitmentsGrade(Grade commitmentsGrade) {
        this.commitmentsGrade = commitmentsGrade;
    }

    public Grade getPayGrade() {
        return payGrade;
    }

    public void setPayGrade(Grade payGrade) {
        this.payGrade = payGrade;
    }

    public Grade getServicesGrade() {
        return servicesGrade;
    }

    public void setServicesGrade(Grade servicesGrade) {
        this.servicesGrade = servicesGrade;
    }

    public Grade getDutiesGrade() {
        return dutiesGrade;
    }

    public void setDutiesGrade(Grade dutiesGrade) {
        this.dutiesGrade = dutiesGrade;
    }

    public Grade getResultsGrade() {
        return resultsGrade;
    }

    public void setResultsGrade(Grade resultsGrade) {
        this.resultsGrade = resultsGrade;
    }

    public Grade getPerformanceGrade() {
        return performanceGrade;
    }

    public void setPerformanceGrade(Grade performanceGrade) {
        this.performanceGrade = performanceGrade;
    }

    public Grade getEnterpriseGrade() {
        return enterpriseGrade;
    }

    public void setEnterpriseGrade(Grade enterpriseGrade) {
        this.enterpriseGrade = enterpriseGrade;
    }

    public String getEnterpriseComment() {
        return enterpriseComment;
    }

    public void setEnterpriseComment(String enterpriseComment) {
        this.enterpriseComment = enterpriseComment;
    }

    public Grade getTalentGrade() {
        return talentGrade;
    }

    public void setTalentGrade(Grade talentGrade) {
        this.talentGrade = talentGrade;
    }

    public String getTalentComment() {
        return talentComment;
    }

    public void setTalentComment(String talentComment) {
        this.talentComment = talentComment;
    }

    public DepartureKind getDepartureKind() {
        return departureKind;
    }

    public void setDepartureKind(DepartureKind departureKind) {
        this.departureKind = departureKind;
    }

    public LocalDate getDepartedOn() {
        return departedOn;
    }

    public void setDepartedOn(LocalDate departedOn) {
        this.departedOn = departedOn;
    }

    public String getRecoveryYuan() {
        return recoveryYuan;
    }

    public void setRecoveryYuan(String recoveryYuan) {
        this.recoveryYuan = recoveryYuan;
    }

    public ServiceKind[] getServiceKinds() {
        return ServiceKind.values();
    }

    public ServiceStatus[] getServiceStatuses() {
        return ServiceStatus.values();
    }

    public Grade[] getGrades() {
        return Grade.values();
    }

    public DepartureKind[] getDepartureKinds() {
        return DepartureKind.values();
    }
}
