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
 * One value of a draft, with the columns of a version file and the row it stands on (so the draft reads, and is
 * promoted, in the order it was written). A draft value is never a {@link PolicyParameter}: rules do not see it.
 */
@Entity
@Audited
@Table(name = "core_parameter_draft_value")
public class DraftValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_parameter_draft_value_seq")
    @SequenceGenerator(
            name = "core_parameter_draft_value_seq",
            sequenceName = "core_parameter_draft_value_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @Column(name = "row_no", nullable = false)
    private int rowNo;

    @Column(name = "policy_id", nullable = false, length = 40)
    private String policyId;

    @Column(name = "clause_id", nullable = false, length = 60)
    private String clauseId;

    @Column(name = "param_key", nullable = false, length = 80)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, length = 12)
    private ParameterType type;

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

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected DraftValue() {}

    public DraftValue(long draftId, int rowNo, ParameterValue v) {
        this.draftId = draftId;
        this.key = v.key();
        this.validFrom = v.validFrom();
        change(rowNo, v);
    }

    /** Takes the row's other columns from {@code v}, a value of the same key and first day. */
    public final void change(int rowNo, ParameterValue v) {
        if (!(v.key().equals(key) && v.validFrom().equals(validFrom))) {
            throw new IllegalArgumentException(key + " from " + validFrom + " cannot become " + v);
        }
        this.rowNo = rowNo;
        this.policyId = v.policyId();
        this.clauseId = v.clauseId();
        this.type = v.type();
        this.value = v.value();
        this.unit = v.unit();
        this.description = v.description();
        this.versionLabel = v.version();
        this.validTo = v.validTo();
    }

    public ParameterValue toValue() {
        return new ParameterValue(
                key, policyId, clauseId, type, value, unit, description, versionLabel, validFrom, validTo);
    }

    public long draftId() {
        return draftId;
    }

    public int rowNo() {
        return rowNo;
    }

    public String key() {
        return key;
    }

    public LocalDate validFrom() {
        return validFrom;
    }
}
