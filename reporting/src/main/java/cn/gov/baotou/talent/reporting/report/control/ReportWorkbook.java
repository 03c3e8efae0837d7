package cn.gov.baotou.talent.reporting.report.control;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as Excel, from the same data as its PDF: for the target report a sheet of every target (planned, achieved,
 * rate, status) and a sheet per policy and breakdown; then one sheet per section of the modules. Counts and yuan stay
 * numbers. Each sheet says what was chosen and when it was made.
 */
public final class ReportWorkbook {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportWorkbook() {}

    public static List<ReportTable> tables(ReportData data, ReferenceNames names, LocalDate today) {
        List<ReportTable> tables = new ArrayList<>();
        if (data.kind() == ReportKind.TARGETS) {
            TargetTables targets = new TargetTables(data, names, today);
            tables.add(targets.overview());
            if (!data.cumulative().isEmpty()) {
                tables.add(targets.cumulative());
            }
            for (String policy : targets.byPolicy().keySet()) {
                for (Dimension d : Dimension.values()) {
                    ReportTable t = targets.breakdown(policy, d);
                    if (t.columns().size() > 1) {
                        tables.add(t);
                    }
                }
            }
        }
        tables.addAll(data.sections());
        return tables;
    }

    public static byte[] xlsx(ReportData data, ReferenceNames names, LocalDate today) {
        ReportTexts texts = ReportTexts.in(data.language());
        String subtitle = String.join(
                "；",
                texts.get("report.title." + data.kind().name()),
                texts.get("report.meta.period") + " " + data.scope().period().from() + " — "
                        + data.scope().period().to(),
                texts.get("report.meta.scope") + " "
                        + (data.scope().wholeCity()
                                ? texts.get("report.scope.city")
                                : names.district(data.scope().districtCode(), data.language())),
                texts.get("report.meta.generated") + " "
                        + MINUTE.format(data.generatedAt().atZone(Beijing.ZONE)),
                texts.get("report.meta.version") + " " + data.parameterVersion(),
                texts.get("report.mark"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TableWorkbook.write(tables(data, names, today), subtitle, data.language(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
