package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a hire gathers after submission: the city office's exception to the age limit, the three-party agreement and
 * the grant it booked, the service period, the 一事一议 terms, the departure and the recovery decided on it.
 */
@Embeddable
public class HireCase {

    @Column(name = "exception_reason", length = 2000)
    private String exceptionReason;

    @Column(name = "exception_by", length = 64)
    private String exceptionBy;

    @Column(name = "exception_on")
    private LocalDate exceptionOn;

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    @Column(name = "agreement_document_id")
    private Long agreementDocumentId;

    @Column(name = "grant_id")
    private Long grantId;

    @Column(name = "service_until")
    private LocalDate serviceUntil;

    @Column(name = "top_up_yuan", precision = 18, scale = 2)
    private BigDecimal topUp;

    @Column(name = "annual_salary_yuan", precision = 18, scale = 2)
    private BigDecimal annualSalary;

    @Column(name = "terms_note", length = 500)
    private String termsNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "departure_kind", length = 20)
    private DepartureKind departureKind;

    @Column(name = "departed_on")
    private LocalDate departedOn;

    @Column(name = "departure_reason", length = 2000)
    private String departureReason;

    @Column(name = "recovery_yuan", precision = 18, scale = 2)
    private BigDecimal recovery;

    @Column(name = "recovery_decided_on")
    private LocalDate recoveryDecidedOn;

    public void approveException(String reason, String by, LocalDate on) {
        this.exceptionReason = reason;
        this.exceptionBy = by;
        this.exceptionOn = on;
    }

    public void signed(LocalDate on, long documentId, long grantId, LocalDate serviceUntil) {
        this.agreementSignedOn = on;
        this.agreementDocumentId = documentId;
        this.grantId = grantId;
        this.serviceUntil = serviceUntil;
    }

    public void terms(Yuan topUp, Yuan annualSalary, String note) {
        this.topUp = Hire.amount(topUp);
        this.annualSalary = Hire.amount(annualSalary);
        this.termsNote = note;
    }

    public void departed(DepartureKind kind, LocalDate on, String reason) {
        this.departureKind = kind;
        this.departedOn = on;
        this.departureReason = reason;
    }

    public void recoveryDecided(Yuan amount, LocalDate on) {
        this.recovery = amount.amount();
        this.recoveryDecidedOn = on;
    }

    public boolean exceptionApproved() {
        return exceptionOn != null;
    }

    public String exceptionReason() {
        return exceptionReason;
    }

    public String exceptionBy() {
        return exceptionBy;
    }

    public LocalDate exceptionOn() {
        return exceptionOn;
    }

    public LocalDate agreementSignedOn() {
        return agreementSignedOn;
    }

    public Long agreementDocumentId() {
        return agreementDocumentId;
    }

    public Long grantId() {
        return grantId;
    }

    public LocalDate serviceUntil() {
        return serviceUntil;
    }

    public Yuan topUp() {
        return topUp == null ? null : new Yuan(topUp);
    }

    public Yuan annualSalary() {
        return annualSalary == null ? null : new Yuan(annualSalary);
    }

    public String termsNote() {
        return termsNote;
    }

    public DepartureKind departureKind() {
        return departureKind;
    }

    public LocalDate departedOn() {
        return departedOn;
    }

    public String departureReason() {
        return departureReason;
    }

    public Yuan recovery() {
        return recovery == null ? null : new Yuan(recovery);
    }

    public LocalDate recoveryDecidedOn() {
        return recoveryDecidedOn;
    }
}
