package cn.gov.baotou.talent.core.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** 企业: identified by its 统一社会信用代码, belonging to one district, with the facts that put it in a policy's scope. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "core_enterprise")
public class Enterprise {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_enterprise_seq")
    @SequenceGenerator(name = "core_enterprise_seq", sequenceName = "core_enterprise_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    private String creditCode;

    @Column(nullable = false, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_code")
    private District district;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "industry_code")
    private Industry industry;

    @Column(name = "above_designated_size", nullable = false)
    private boolean aboveDesignatedSize;

    @Column(name = "high_tech", nullable = false)
    private boolean highTech;

    @Column(name = "high_tech_certificate_no", length = 40)
    private String highTechCertificateNo;

    @Column(name = "high_tech_valid_to")
    private LocalDate highTechValidTo;

    @Column(name = "key_project_investment_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal keyProjectInvestmentYuan = BigDecimal.ZERO.setScale(2);

    @Column(name = "rare_earth", nullable = false)
    private boolean rareEarth;

    /**
     * An industrial enterprise (工业企业): the services plan serves only 规模以上工业企业 (services-plan.3), intake any
     * 规模以上企业 (intake.4). True unless recorded otherwise: the four key industries are industrial sectors.
     */
    @Column(nullable = false)
    private boolean industrial = true;

    protected Enterprise() {}

    public Enterprise(CreditCode creditCode, String name, District district, Industry industry) {
        this.creditCode = creditCode.value();
        this.name = name;
        this.district = district;
        this.industry = industry;
    }

    public void classify(
            boolean aboveDesignatedSize,
            boolean highTech,
            String highTechCertificateNo,
            LocalDate highTechValidTo,
            BigDecimal keyProjectInvestmentYuan,
            boolean rareEarth) {
        this.aboveDesignatedSize = aboveDesignatedSize;
        this.highTech = highTech;
        this.highTechCertificateNo = highTech ? highTechCertificateNo : null;
        this.highTechValidTo = highTech ? highTechValidTo : null;
        this.keyProjectInvestmentYuan = keyProjectInvestmentYuan.setScale(2);
        this.rareEarth = rareEarth;
    }

    public Long id() {
        return id;
    }

    public CreditCode creditCode() {
        return CreditCode.of(creditCode);
    }

    public String name() {
        return name;
    }

    public District district() {
        return district;
    }

    public Industry industry() {
        return industry;
    }

    public boolean aboveDesignatedSize() {
        return aboveDesignatedSize;
    }

    public boolean highTech() {
        return highTech;
    }

    public String highTechCertificateNo() {
        return highTechCertificateNo;
    }

    public LocalDate highTechValidTo() {
        return highTechValidTo;
    }

    public BigDecimal keyProjectInvestmentYuan() {
        return keyProjectInvestmentYuan;
    }

    /** Records whether the enterprise is an industrial enterprise (工业企业, services-plan.3). */
    public void recordIndustrial(boolean industrial) {
        this.industrial = industrial;
    }

    public boolean industrial() {
        return industrial;
    }

    public boolean rareEarth() {
        return rareEarth;
    }
}
