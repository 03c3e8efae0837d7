package cn.gov.baotou.talent.core.parameter.entity;

import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * One value of a policy parameter in one version, cited to its clause and valid from one date to another: rules read
 * it by date, never as a constant. Only its end may change, when a newer version takes over (时间从新).
 */
@Entity
@Audited
@Table(name = "core_parameter")
public class PolicyParameter {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_parameter_seq")
    @SequenceGenerator(name = "core_parameter_seq", sequenceName = "core_parameter_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "policy_id", nullable = false, length = 40)
    private String policyId;

    @Column(name = "clause_id", nullable = false, length = 60)
    private String clauseId;

    @Column(name = "param_key", nullable = false, length = 80)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, length = 12)
    private ParameterType type;

    /** The value in its type's canonical text. */
    @Column(name = "param_value", nullable = false, length = 200)
    private String value;

    @Column(nullable = false, length = 20)
    private String unit;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(name = "version_label", nullable = false, length = 20)
    private String versionLabel;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** Inclusive; null while no end is set. */
    @Column(name = "valid_to")
    private LocalDate validTo;

    protected PolicyParameter() {}

    public PolicyParameter(ParameterValue v) {
        this.policyId = v.policyId();
        this.clauseId = v.clauseId();
        this.key = v.key();
        this.type = v.type();
        this.value = v.value();
        this.unit = v.unit();
        this.description = v.description();
        this.versionLabel = v.version();
        this.validFrom = v.validFrom();
        this.validTo = v.validTo();
    }

    /** Ends this value on {@code lastDay}, the day before a newer version begins. */
    public void closeOn(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom) || (validTo != null && lastDay.isAfter(validTo))) {
            throw new IllegalArgumentException(key + " " + versionLabel + " cannot end on " + lastDay);
        }
        this.validTo = lastDay;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
