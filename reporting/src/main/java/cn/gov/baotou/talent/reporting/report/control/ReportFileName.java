package cn.gov.baotou.talent.reporting.report.control;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A report's file name, saying what it holds: {@code 目标任务完成情况-2022-稀土高新区.pdf}, with an ASCII fallback
 * ({@code targets-2022-150271.pdf}) for clients that do not read RFC 8187 names.
 */
public final class ReportFileName {

    private ReportFileName() {}

    public static String of(ReportData data, ReferenceNames names, String extension) {
        ReportTexts texts = ReportTexts.in(data.language());
        String scope = data.scope().wholeCity()
                ? ""
                : "-" + names.district(data.scope().districtCode(), data.language());
        return texts.get("report.file." + data.kind().name()) + "-"
                + period(data.scope().period()) + scope + "." + extension;
    }

    public static String ascii(ReportData data, String extension) {
        String scope = data.scope().wholeCity() ? "" : "-" + data.scope().districtCode();
        return data.kind().path() + "-" + period(data.scope().period()) + scope + "." + extension;
    }

    /** RFC 6266 with the UTF-8 name of RFC 8187 (RFC 5987) beside the ASCII one. */
    public static String disposition(String name, String ascii) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static String period(ReportPeriod p) {
        if (p.from().getDayOfYear() == 1 && p.to().equals(p.from().withMonth(12).withDayOfMonth(31))) {
            return String.valueOf(p.from().getYear());
        }
        String first = p.from().toString().substring(0, 7);
        String last = p.to().toString().substring(0, 7);
        return first.equals(last) ? first : first + "_" + last;
    }
}
