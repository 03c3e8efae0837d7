package cn.gov.baotou.talent.core.report.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a budget forecast: a policy's measure (with its clause), whether it prices the pipeline or the yearly
 * volume, which finance pays ({@code CITY} or a district code), how many cases, and the yuan under the version in
 * force and under the draft.
 */
public record ForecastLine(
        String policyId,
        String clauseId,
        String label,
        String labelEn,
        Basis basis,
        String finance,
        long cases,
        BigDecimal inForceYuan,
        BigDecimal draftYuan) {

    public static final String CITY = "CITY";

    public ForecastLine {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(finance, "finance");
        Objects.requireNonNull(inForceYuan, "inForceYuan");
        Objects.requireNonNull(draftYuan, "draftYuan");
    }

    public BigDecimal difference() {
        return draftYuan.subtract(inForceYuan);
    }

    /** Cases already in the pipeline, or the mean yearly volume of the past years. */
    public enum Basis {
        PIPELINE,
        VOLUME
    }
}
