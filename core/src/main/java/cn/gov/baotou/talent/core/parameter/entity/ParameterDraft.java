package cn.gov.baotou.talent.core.parameter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * 参数草稿: a version of the parameters the city office is weighing (other amounts or limits for next year), kept apart
 * from the versions in force so that no decision reads it. Its values are {@link DraftValue} rows; once the import takes
 * it as a version it is marked promoted and changes no more.
 */
@Entity
@Audited
@Table(name = "core_parameter_draft")
public class ParameterDraft {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_parameter_draft_seq")
    @SequenceGenerator(
            name = "core_parameter_draft_seq",
            sequenceName = "core_parameter_draft_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "promoted_on")
    private LocalDate promotedOn;

    @Column(name = "promoted_by", length = 64)
    private String promotedBy;

    protected ParameterDraft() {}

    public ParameterDraft(String name, String createdBy, LocalDate createdOn) {
        this.name = name;
        this.createdBy = createdBy;
        this.createdOn = createdOn;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void promoted(String by, LocalDate on) {
        this.promotedBy = by;
        this.promotedOn = on;
    }

    public boolean isPromoted() {
        return promotedOn != null;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public LocalDate promotedOn() {
        return promotedOn;
    }

    public String promotedBy() {
        return promotedBy;
    }
}
