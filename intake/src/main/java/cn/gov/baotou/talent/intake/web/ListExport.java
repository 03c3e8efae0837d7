package cn.gov.baotou.talent.intake.web;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * 导出 of intake's list pages as core's {@link TableWorkbook}: the list as the caller sees it with the page's filters,
 * a line saying which filters and when, and at most {@code talent.intake.export.max-rows} (TALENT_INTAKE_EXPORT_MAX_ROWS,
 * 20000) rows, the line saying so when there were more.
 */
public final class ListExport {

    public static final int DEFAULT_MAX_ROWS = 20_000;
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    private ListExport() {}

    public static int maxRows() {
        return ConfigProvider.getConfig()
                .getOptionalValue("talent.intake.export.max-rows", Integer.class)
                .filter(n -> n > 0)
                .orElse(DEFAULT_MAX_ROWS);
    }

    /** The line under the title: the filters in words, when it was made, how many rows (and of how many). */
    public static String subtitle(Messages m, String filters, Instant at, int rows, long total) {
        String made = m.get(IntakeEligibility.BUNDLE, "export.made", filters, MINUTE.format(at), String.valueOf(total));
        return rows < total ? made + m.get(IntakeEligibility.BUNDLE, "export.truncated", String.valueOf(rows)) : made;
    }

    /** The workbook as a download named {@code fileName}.xlsx (in the caller's language; ASCII {@code ascii} else). */
    public static Response download(ReportTable table, String subtitle, Messages m, String ascii, String fileName) {
        String language = m.locale().getLanguage();
        StreamingOutput body = out -> TableWorkbook.write(List.of(table), subtitle, language, out);
        return Response.ok(body, TableWorkbook.CONTENT_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ascii + ".xlsx\"; filename*=UTF-8''"
                                + URLEncoder.encode(fileName + ".xlsx", StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** A filter in words: its label and value, or the label and 全部 when not chosen. */
    public static String filter(Messages m, String labelKey, String value) {
        return m.get(IntakeEligibility.BUNDLE, labelKey) + "："
                + (value == null ? m.get(IntakeEligibility.BUNDLE, "export.all") : value);
    }
}
