package cn.gov.baotou.talent.servicesplan.flow.boundary;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list page's 导出: the rows its search finds in the caller's scope (at most {@link #MAX_ROWS}, in the list's order)
 * as one Excel sheet through core's {@link TableWorkbook} — its title, a line saying what was searched, how many were
 * found and when it was made, then the rows with counts, amounts and dates as such. Headers come from the plan's
 * bundles in Chinese and English.
 */
public final class ListWorkbook {

    /** The most rows one export holds; the line under the title says when more were found. */
    public static final int MAX_ROWS = 5000;

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    private final String key;
    private final List<ReportTable.Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    /** A workbook titled by the bundle's {@code key}. */
    public ListWorkbook(String key) {
        this.key = key;
    }

    /** A column headed by the bundle's {@code header}. */
    public ListWorkbook column(CellKind kind, String header) {
        columns.add(new ReportTable.Column(
                Messages.in(Messages.CHINESE).get(ServicesPlanText.BUNDLE, header),
                Messages.in(Locale.ENGLISH).get(ServicesPlanText.BUNDLE, header),
                kind));
        return this;
    }

    public ListWorkbook row(Object... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    /**
     * The download: {@code searched} says what was searched (empty: everything), {@code found} how many rows matched;
     * named {@code <title>.xlsx}.
     */
    public Response response(Messages m, String searched, long found, Instant at) {
        String language = m.locale().getLanguage();
        String title = m.get(ServicesPlanText.BUNDLE, key);
        ReportTable table = new ReportTable(
                "services-plan." + key,
                Messages.in(Messages.CHINESE).get(ServicesPlanText.BUNDLE, key),
                Messages.in(Locale.ENGLISH).get(ServicesPlanText.BUNDLE, key),
                null,
                columns,
                rows);
        String subtitle = m.get(
                ServicesPlanText.BUNDLE,
                found > rows.size() ? "list.export.subtitle.capped" : "list.export.subtitle",
                searched.isEmpty() ? m.get(ServicesPlanText.BUNDLE, "list.export.everything") : searched,
                String.valueOf(found),
                String.valueOf(rows.size()),
                MINUTE.format(at));
        StreamingOutput body = out -> TableWorkbook.write(List.of(table), subtitle, language, out);
        return Response.ok(body, TableWorkbook.CONTENT_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + key + ".xlsx\"; filename*=UTF-8''"
                                + URLEncoder.encode(title + ".xlsx", StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The districts' names by code in the reader's language, for a list's cells. */
    public static Map<String, String> districtNames(Enterprises enterprises, Messages m) {
        boolean english = "en".equals(m.locale().getLanguage());
        Map<String, String> names = new HashMap<>();
        for (District d : enterprises.districts()) {
            names.put(d.code(), english ? d.nameEn() : d.name());
        }
        return names;
    }

    /** "label：value；…" of the filters that were given, in the reader's language. */
    public static String searched(Messages m, List<String[]> labelled) {
        List<String> parts = new ArrayList<>();
        for (String[] lv : labelled) {
            if (lv[1] != null && !lv[1].isBlank()) {
                parts.add(m.get(ServicesPlanText.BUNDLE, lv[0]) + "：" + lv[1]);
            }
        }
        return String.join("；", parts);
    }
}
