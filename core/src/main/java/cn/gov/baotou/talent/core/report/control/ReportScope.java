package cn.gov.baotou.talent.core.report.control;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import java.util.Objects;

/**
 * What a report covers: a period, and the whole city ({@code districtCode} null) or one district (a district office
 * reads only its own). Sources filter their queries by it, so a district's report holds only that district's cases.
 */
public record ReportScope(ReportPeriod period, String districtCode) {

    public ReportScope {
        Objects.requireNonNull(period, "period");
    }

    public static ReportScope city(ReportPeriod period) {
        return new ReportScope(period, null);
    }

    public boolean wholeCity() {
        return districtCode == null;
    }

    /** True when a case in {@code district} belongs in this report. */
    public boolean covers(String district) {
        return districtCode == null || districtCode.equals(district);
    }
}
