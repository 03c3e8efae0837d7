package cn.gov.baotou.talent.reporting.job.control;

import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The name a downloaded report is saved under: the report's title, its period and its scope, e.g.
 * {@code 目标任务完成情况_2025年_全市.pdf}; with an ASCII twin ({@code targets_2025_city.pdf}) for clients that cannot
 * read the UTF-8 name, both in one {@code Content-Disposition} header.
 */
public final class DownloadName {

    private DownloadName() {}

    public static String of(String title, ReportPeriod period, String scopeName, String extension) {
        return clean(title) + "_" + period(period, "年") + "_" + clean(scopeName) + "." + extension;
    }

    public static String ascii(ReportKind kind, ReportPeriod period, String districtCode, String extension) {
        return kind.path() + "_" + period(period, "") + "_" + (districtCode == null ? "city" : districtCode) + "."
                + extension;
    }

    /** {@code attachment} with both names (RFC 6266 / RFC 5987). */
    public static String contentDisposition(String name, String asciiName) {
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String period(ReportPeriod p, String yearSuffix) {
        LocalDate from = p.from();
        LocalDate to = p.to();
        if (from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            return from.getYear() + yearSuffix;
        }
        return from + "_" + to;
    }

    private static String clean(String s) {
        return s.replaceAll("[\\\\/:*?\"<>|\\s]+", "-").toLowerCase(Locale.ROOT);
    }
}
