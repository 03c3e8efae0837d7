package cn.gov.baotou.talent.reporting.pdf.control;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.reporting.report.control.ReportTexts;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A module's list as a PDF (the demand catalog, say): the title and what was chosen on the first page with the first
 * table when it is short, each table a chapter, 内部资料 and the time it was made on every page.
 */
public final class TableDocument {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int SHORT_TABLE = 25;

    private TableDocument() {}

    public static byte[] pdf(String title, String subtitle, List<ReportTable> tables, String language, Instant at) {
        String lang = "en".equals(language) ? "en" : "zh";
        ReportTexts texts = ReportTexts.in(lang);
        String generated = MINUTE.format(at.atZone(Beijing.ZONE));
        List<PdfDocument.Fact> facts = new ArrayList<>();
        if (subtitle != null && !subtitle.isBlank()) {
            facts.add(new PdfDocument.Fact(texts.get("report.meta.chosen"), subtitle));
        }
        facts.add(new PdfDocument.Fact(texts.get("report.meta.generated"), texts.get("report.generated", generated)));
        Block cover = null;
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            ReportTable t = tables.get(i);
            String heading = tables.size() == 1 ? t.title(lang) : ReportTexts.chapter(i + 1, lang) + t.title(lang);
            List<Block.Heading> h = List.of(new Block.Heading(1, heading, "sec-" + (i + 1)));
            String note = t.clauseId() == null ? null : texts.get("report.clause", t.clauseId());
            Block b = Blocks.table(t, lang, h, note, false);
            if (i == 0 && t.rows().size() <= SHORT_TABLE) {
                cover = b;
            } else {
                blocks.add(b);
            }
        }
        return DocumentPdf.render(new PdfDocument(
                lang,
                title,
                texts.get("report.subtitle"),
                facts,
                null,
                null,
                cover,
                blocks,
                texts.get("report.footer.list", generated)));
    }
}
