package cn.gov.baotou.talent.rareearth.rest;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list exported to Excel (导出) with core's {@link TableWorkbook}: one sheet, a line saying which filters and whose
 * scope it holds and when it was made, counts and money as numbers; downloaded as an attachment, never cached.
 */
public final class XlsxDownload {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    private XlsxDownload() {}

    /**
     * The response: {@code filters} as the page shows them ({@code 措施：…}), {@code scope} the caller's scope label
     * (null: the whole city), {@code fileName} without its extension.
     */
    public static Response of(
            ReportTable table, List<String> filters, String scope, Messages m, Instant at, String fileName) {
        List<String> parts = new ArrayList<>(filters);
        parts.add(m.get(
                RareEarthMessages.BUNDLE,
                "export.scope",
                scope == null ? m.get(RareEarthMessages.BUNDLE, "export.wholeCity") : scope));
        parts.add(m.get(RareEarthMessages.BUNDLE, "export.at", AT.format(at)));
        String subtitle = String.join(" · ", parts);
        String language = m.locale().getLanguage();
        StreamingOutput body = out -> TableWorkbook.write(List.of(table), subtitle, language, out);
        return Response.ok(body, TableWorkbook.CONTENT_TYPE)
                .header("Content-Disposition", Multipart.disposition("attachment", fileName + ".xlsx"))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** A column whose header is the bundle's text of {@code key} in Chinese and English. */
    public static ReportTable.Column column(CellKind kind, String key) {
        return new ReportTable.Column(
                Messages.in(Messages.CHINESE).get(RareEarthMessages.BUNDLE, key),
                Messages.in(Locale.ENGLISH).get(RareEarthMessages.BUNDLE, key),
                kind);
    }

    /** A filter as the subtitle lists it: its name and the value chosen, or 全部. */
    public static String filter(Messages m, String nameKey, String value) {
        return m.get(RareEarthMessages.BUNDLE, nameKey) + "："
                + (value == null ? m.get(RareEarthMessages.BUNDLE, "applications.all") : value);
    }
}
