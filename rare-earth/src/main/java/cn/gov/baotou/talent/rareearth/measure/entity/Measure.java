package cn.gov.baotou.talent.rareearth.measure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One of the 15 measures as the migration seeds it: its clause, how it is handled, the funding purpose it books (none
 * for a measure that pays nothing), the department that reviews its applications first (none: the city office alone,
 * since 市委人才办 leads it), and the parameter keys of its target.
 */
@Entity
@Immutable
@Table(name = "re_measure")
public class Measure {

    @Id
    @Column(name = "measure_no")
    private int number;

    @Column(name = "clause_id", nullable = false, length = 60)
    private String clauseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeasureHandling handling;

    @Column(length = 60)
    private String purpose;

    @Column(name = "review_department", length = 30)
    private String reviewDepartment;

    @Column(name = "target_keys", length = 300)
    private String targetKeys;

    @Column(nullable = false, length = 100)
    private String page;

    protected Measure() {}

    public int number() {
        return number;
    }

    public String clauseId() {
        return clauseId;
    }

    public MeasureHandling handling() {
        return handling;
    }

    public String purpose() {
        return purpose;
    }

    public boolean pays() {
        return purpose != null;
    }

    public String reviewDepartment() {
        return reviewDepartment;
    }

    public List<String> targetKeys() {
        return targetKeys == null ? List.of() : Arrays.asList(targetKeys.split(","));
    }

    public String page() {
        return page;
    }
}
