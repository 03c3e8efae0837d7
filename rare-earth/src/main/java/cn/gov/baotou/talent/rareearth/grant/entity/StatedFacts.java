package cn.gov.baotou.talent.rareearth.grant.entity;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationFacts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The facts an application states, column by column; see {@link ApplicationFacts} for what each one means. */
@Embeddable
public class StatedFacts {

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 30)
    private String category;

    private Integer grade;

    @Column(name = "applicant_role", length = 30)
    private String role;

    @Column(name = "reference_no", length = 60)
    private String referenceNo;

    @Column(name = "basis_yuan", precision = 18, scale = 2)
    private BigDecimal basis;

    @Column(name = "tax_yuan", precision = 18, scale = 2)
    private BigDecimal tax;

    private Integer quantity;

    @Column(name = "rate_yuan", precision = 18, scale = 2)
    private BigDecimal rate;

    @Column(name = "requested_yuan", precision = 18, scale = 2)
    private BigDecimal requested;

    @Column(name = "full_time", nullable = false)
    private boolean fullTime;

    @Column(name = "hired_on")
    private LocalDate hiredOn;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(length = 200)
    private String apartment;

    @Column(name = "apartment_from")
    private LocalDate apartmentFrom;

    protected StatedFacts() {}

    StatedFacts(ApplicationFacts f) {
        subject = f.subject();
        category = f.category();
        grade = f.grade();
        role = f.role();
        referenceNo = f.referenceNo();
        basis = money(f.basis());
        tax = money(f.tax());
        quantity = f.quantity();
        rate = money(f.rate());
        requested = money(f.requested());
        fullTime = f.fullTime();
        hiredOn = f.hiredOn();
        periodStart = f.periodStart();
        apartment = f.apartment();
        apartmentFrom = f.apartmentFrom();
    }

    ApplicationFacts toFacts() {
        return new ApplicationFacts(
                subject,
                category,
                grade,
                role,
                referenceNo,
                yuan(basis),
                yuan(tax),
                quantity,
                yuan(rate),
                yuan(requested),
                fullTime,
                hiredOn,
                periodStart,
                apartment,
                apartmentFrom);
    }

    private static BigDecimal money(Yuan y) {
        return y == null ? null : y.amount();
    }

    private static Yuan yuan(BigDecimal b) {
        return b == null ? null : new Yuan(b);
    }
}
