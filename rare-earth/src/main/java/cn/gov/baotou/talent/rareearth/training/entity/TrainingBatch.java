package cn.gov.baotou.talent.rareearth.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One imported file: its name, how many talents it held, who imported it and when. */
@Entity
@Immutable
@Table(name = "re_training_batch")
public class TrainingBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "re_training_batch_seq")
    @SequenceGenerator(name = "re_training_batch_seq", sequenceName = "re_training_batch_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected TrainingBatch() {}

    public TrainingBatch(String fileName, int rowCount, String importedBy, Instant importedAt) {
        this.fileName = fileName;
        this.rowCount = rowCount;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public int rowCount() {
        return rowCount;
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
