package cn.gov.baotou.talent.reporting.pdf.control;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import cn.gov.baotou.talent.reporting.report.control.ReferenceNames;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import cn.gov.baotou.talent.reporting.report.control.ReportTexts;
import cn.gov.baotou.talent.reporting.report.control.TargetStatus;
import cn.gov.baotou.talent.reporting.report.control.TargetTables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a report's data reads as a document. The target report: on page 1 the count of targets by status and every
 * target planned against achieved; then a chapter per policy with its chart and its figures by district, industry and
 * month; then the modules' own tables. The other reports: the modules' tables, one chapter each, the first on page 1
 * when it is short.
 */
public final class ReportDocument {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** A first table this short goes on the first page under the title. */
    private static final int SHORT_TABLE = 18;

    private final ReportData data;
    private final ReferenceNames names;
    private final LocalDate today;
    private final ReportTexts texts;
    private final String lang;

    public ReportDocument(ReportData data, ReferenceNames names, LocalDate today) {
        this.data = data;
        this.names = names;
        this.today = today;
        this.lang = data.language();
        this.texts = ReportTexts.in(lang);
    }

    /** The report as PDF/A. */
    public byte[] pdf() {
        return DocumentPdf.render(document());
    }

    PdfDocument document() {
        String generated = MINUTE.format(data.generatedAt().atZone(Beijing.ZONE));
        List<PdfDocument.Fact> facts = List.of(
                new PdfDocument.Fact(
                        texts.get("report.meta.period"), period(data.scope().period())),
                new PdfDocument.Fact(texts.get("report.meta.scope"), scope(data.scope())),
                new PdfDocument.Fact(texts.get("report.meta.generated"), texts.get("report.generated", generated)),
                new PdfDocument.Fact(
                        texts.get("report.meta.version"), texts.get("report.version", data.parameterVersion())));
        String footer = texts.get("report.footer", generated, data.parameterVersion());
        String title = texts.get("report.title." + data.kind().name());
        if (data.kind() == ReportKind.TARGETS) {
            return targets(title, facts, footer);
        }
        List<Block> blocks = new ArrayList<>();
        Block cover = null;
        int chapter = 1;
        for (ReportTable t : data.sections()) {
            List<Block.Heading> h =
                    List.of(new Block.Heading(1, ReportTexts.chapter(chapter, lang) + t.title(lang), "sec-" + chapter));
            if (chapter == 1 && t.rows().size() <= SHORT_TABLE) {
                cover = Blocks.table(t, lang, h, clause(t), false);
            } else {
                blocks.add(Blocks.table(t, lang, h, clause(t), false));
            }
            chapter++;
        }
        return new PdfDocument(lang, title, texts.get("report.subtitle"), facts, null, null, cover, blocks, footer);
    }

    private PdfDocument targets(String title, List<PdfDocument.Fact> facts, String footer) {
        TargetTables tables = new TargetTables(data, names, today);
        int[] counts = new int[3];
        for (TargetProgress t : data.targets()) {
            TargetStatus s = tables.status(t);
            if (s != TargetStatus.NO_PLAN) {
                counts[s.ordinal()]++;
            }
        }
        List<String> statusLabels = List.of(
                TargetStatus.ACHIEVED.label(lang),
                TargetStatus.IN_PROGRESS.label(lang),
                TargetStatus.BEHIND.label(lang));
        ReportPeriod period = data.scope().period();
        LocalDate asOf = today.isBefore(period.to()) ? today : period.to();
        BigDecimal elapsed = TargetStatus.elapsedShare(period, today);
        String percent = elapsed.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%";
        Block cover = Blocks.targets(
                data.targets(),
                tables,
                names,
                lang,
                List.of(new Block.Heading(1, ReportTexts.chapter(1, lang) + texts.get("report.overview"), "sec-1")),
                texts.get("report.overview.note", asOf.toString(), percent),
                texts.get("report.noTargets"));

        List<Block> blocks = new ArrayList<>();
        int chapter = 2;
        if (!data.cumulative().isEmpty()) {
            // leadership's cumulative view of the one-year targets, right after the overview (解释口径 of intake.1)
            blocks.add(Blocks.table(
                    tables.cumulative(),
                    lang,
                    List.of(new Block.Heading(
                            1, ReportTexts.chapter(chapter, lang) + texts.get("report.cumulative"), "sec-" + chapter)),
                    texts.get("report.cumulative.note"),
                    false));
            chapter++;
        }
        for (Map.Entry<String, List<TargetProgress>> policy : tables.byPolicy().entrySet()) {
            String anchor = "sec-" + chapter;
            List<Block.Heading> opening = new ArrayList<>();
            opening.add(new Block.Heading(
                    1, ReportTexts.chapter(chapter, lang) + names.policy(policy.getKey(), lang), anchor));
            int section = 0;
            // the chart shows the targets with a plan; figures without one are in the tables only
            List<TargetProgress> planned = policy.getValue().stream()
                    .filter(t -> t.plannedMin() != null)
                    .toList();
            if (!planned.isEmpty()) {
                section++;
                opening.add(heading(chapter, section, texts.get("report.chart"), anchor));
                blocks.add(Blocks.chart(planned, tables, elapsed, lang, opening, texts.get("report.chart.note"), true));
                opening = new ArrayList<>();
            }
            for (Dimension d : Dimension.values()) {
                ReportTable t = tables.breakdown(policy.getKey(), d);
                if (t.columns().size() > 1) {
                    section++;
                    boolean first = !opening.isEmpty();
                    opening.add(heading(chapter, section, TargetTables.title(d, "en".equals(lang)), anchor));
                    blocks.add(Blocks.table(t, lang, opening, null, first));
                    opening = new ArrayList<>();
                }
            }
            if (section > 0) {
                chapter++;
            }
        }
        int section = 1;
        for (ReportTable t : data.sections()) {
            String anchor = "sec-" + chapter;
            List<Block.Heading> h = new ArrayList<>();
            if (section == 1) {
                h.add(new Block.Heading(1, ReportTexts.chapter(chapter, lang) + texts.get("report.appendix"), anchor));
            }
            h.add(new Block.Heading(
                    2, ReportTexts.section(chapter, section, lang) + t.title(lang), anchor + "-" + section));
            blocks.add(Blocks.table(t, lang, h, clause(t), section == 1));
            section++;
        }
        return new PdfDocument(
                lang, title, texts.get("report.subtitle"), facts, counts, statusLabels, cover, blocks, footer);
    }

    private Block.Heading heading(int chapter, int section, String title, String anchor) {
        return new Block.Heading(2, ReportTexts.section(chapter, section, lang) + title, anchor + "-" + section);
    }

    private String clause(ReportTable t) {
        return t.clauseId() == null ? null : texts.get("report.clause", t.clauseId());
    }

    private String period(ReportPeriod p) {
        if (p.from().getDayOfYear() == 1 && p.to().equals(p.from().withMonth(12).withDayOfMonth(31))) {
            return texts.get(
                    "report.period.year",
                    String.valueOf(p.from().getYear()),
                    p.from().toString(),
                    p.to().toString());
        }
        return texts.get("report.period", p.from().toString(), p.to().toString());
    }

    private String scope(ReportScope s) {
        return s.wholeCity() ? texts.get("report.scope.city") : names.district(s.districtCode(), lang);
    }
}
