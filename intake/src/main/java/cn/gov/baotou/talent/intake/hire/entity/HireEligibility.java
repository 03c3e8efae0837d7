package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeDecision;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The outcome of the eligibility decided at submission (intake.3.1, intake.4) and the subsidy it carries. */
@Embeddable
public class HireEligibility {

    @Column(nullable = false)
    private boolean eligible;

    @Column(name = "exception_required", nullable = false)
    private boolean exceptionRequired;

    @Column(name = "age_years", nullable = false)
    private int ageYears;

    @Column(name = "subsidy_total_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal subsidyTotal;

    @Column(name = "subsidy_city_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal subsidyCity;

    @Column(name = "subsidy_district_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal subsidyDistrict;

    protected HireEligibility() {}

    HireEligibility(IntakeDecision d) {
        this.eligible = d.eligible();
        this.exceptionRequired = d.exceptionRequired();
        this.ageYears = d.age();
        this.subsidyTotal = d.subsidy().total().amount();
        this.subsidyCity = d.subsidy().city().amount();
        this.subsidyDistrict = d.subsidy().district().amount();
    }

    public boolean eligible() {
        return eligible;
    }

    /** Only the "原则上" age limit failed: the city office's written exception admits the person. */
    public boolean exceptionRequired() {
        return exceptionRequired;
    }

    public int ageYears() {
        return ageYears;
    }

    public Yuan total() {
        return new Yuan(subsidyTotal);
    }

    public Yuan city() {
        return new Yuan(subsidyCity);
    }

    public Yuan district() {
        return new Yuan(subsidyDistrict);
    }
}
