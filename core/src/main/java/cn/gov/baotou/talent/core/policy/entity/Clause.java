package cn.gov.baotou.talent.core.policy.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * An article, paragraph or item of a policy under a stable id ({@code intake.3.1} is 第三条第（一）款), with its
 * text and the units the text names as lead (牵头单位) and responsible (责任单位).
 */
@Entity
@Cacheable
@Table(name = "core_clause")
public class Clause {

    private static final String UNIT_SEPARATOR = "、";

    @Id
    @Column(length = 60)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id")
    private Policy policy;

    /** The policy's id read from the row itself: naming it must not need the policy loaded (the view is detached). */
    @Column(name = "policy_id", insertable = false, updatable = false)
    private String policyId;

    @Column(name = "parent_id", length = 60)
    private String parentId;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false, length = 20)
    private String number;

    @Column(nullable = false, length = 100)
    private String heading;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "text_en", length = 4000)
    private String textEn;

    @Column(name = "lead_units", nullable = false, length = 500)
    private String leadUnits;

    @Column(name = "responsible_units", nullable = false, length = 1000)
    private String responsibleUnits;

    protected Clause() {}

    public Clause(
            String id,
            Policy policy,
            String parentId,
            int ordinal,
            String number,
            String heading,
            String text,
            String textEn,
            List<String> leadUnits,
            List<String> responsibleUnits) {
        this.id = id;
        this.policy = policy;
        this.parentId = parentId;
        this.ordinal = ordinal;
        this.number = number;
        this.heading = heading;
        this.text = text;
        this.textEn = textEn;
        this.leadUnits = String.join(UNIT_SEPARATOR, leadUnits);
        this.responsibleUnits = String.join(UNIT_SEPARATOR, responsibleUnits);
    }

    public String id() {
        return id;
    }

    public Policy policy() {
        return policy;
    }

    public String policyId() {
        return policyId != null ? policyId : policy.id();
    }

    public String parentId() {
        return parentId;
    }

    public int ordinal() {
        return ordinal;
    }

    public String number() {
        return number;
    }

    public String heading() {
        return heading;
    }

    public String text() {
        return text;
    }

    public String textEn() {
        return textEn;
    }

    public List<String> leadUnits() {
        return split(leadUnits);
    }

    public List<String> responsibleUnits() {
        return split(responsibleUnits);
    }

    /** The lead units as the text lists them, 、-separated. */
    public String leadUnitsText() {
        return leadUnits;
    }

    /** The responsible units as the text lists them, 、-separated. */
    public String responsibleUnitsText() {
        return responsibleUnits;
    }

    /** Depth in the document: 1 for an article, 2 for a paragraph, 3 for an item. */
    public int depth() {
        return (int) id.substring(id.indexOf('.') + 1)
                        .chars()
                        .filter(c -> c == '.')
                        .count()
                + 1;
    }

    private static List<String> split(String units) {
        return units.isEmpty() ? List.of() : Arrays.asList(units.split(UNIT_SEPARATOR));
    }
}
