package cn.gov.baotou.talent.reporting.forecast.control;

import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import java.math.BigDecimal;

/** One row of a finance's table: a policy's measure (with its clause) on one basis, summed over the sources' lines. */
public record ForecastRow(
        Named policy,
        String clauseId,
        String label,
        String labelEn,
        Basis basis,
        long cases,
        BigDecimal inForceYuan,
        BigDecimal draftYuan) {

    public BigDecimal differenceYuan() {
        return draftYuan.subtract(inForceYuan);
    }

    public String label(String language) {
        return "en".equals(language) ? labelEn : label;
    }
}
