package cn.gov.baotou.talent.core.policy.entity;

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
 * 解释口径: how the city office, which the policies name as their interpreter, reads a clause from a given date; shown
 * wherever the clause is cited. A later interpretation adds to the record, it does not erase the earlier one.
 */
@Entity
@Audited
@Table(name = "core_interpretation")
public class Interpretation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_interpretation_seq")
    @SequenceGenerator(name = "core_interpretation_seq", sequenceName = "core_interpretation_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "clause_id", nullable = false, length = 60)
    private String clauseId;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    protected Interpretation() {}

    public Interpretation(String clauseId, LocalDate issuedOn, String documentNumber, String text, String recordedBy) {
        this.clauseId = clauseId;
        this.issuedOn = issuedOn;
        this.documentNumber = documentNumber;
        this.text = text;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public String clauseId() {
        return clauseId;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String text() {
        return text;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
