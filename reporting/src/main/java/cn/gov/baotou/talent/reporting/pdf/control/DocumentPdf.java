package cn.gov.baotou.talent.reporting.pdf.control;

import cn.gov.baotou.talent.reporting.report.control.ReportTexts;
import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintAnchor;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

/**
 * Fills a {@link PdfDocument} and writes it as PDF/A. Pages are swapped to a temporary file past a few in memory, so
 * a long report fills in bounded memory. A report of more than {@value #PAGES_WITHOUT_CONTENTS} pages gets a table of
 * contents after its first page: the body is filled with its pages numbered as they will be once the contents are in,
 * the contents are filled with the pages each heading landed on, and put in.
 */
final class DocumentPdf {

    static final int PAGES_WITHOUT_CONTENTS = 3;
    /** Pages kept in memory during a fill; the others wait in the swap file. */
    static final int PAGES_IN_MEMORY = 8;

    private DocumentPdf() {}

    static byte[] render(PdfDocument doc) {
        ReportTexts texts = ReportTexts.in(doc.language());
        int entries = headings(doc).size();
        int contentsPages = Math.max(1, (entries + TocDesign.LINES_PER_PAGE - 1) / TocDesign.LINES_PER_PAGE);
        JRSwapFileVirtualizer virtualizer = virtualizer();
        try {
            JasperPrint body = fillBody(doc, texts, contentsPages, virtualizer);
            if (body.getPages().size() <= PAGES_WITHOUT_CONTENTS) {
                virtualizer.cleanup();
                virtualizer = virtualizer();
                body = fillBody(doc, texts, 0, virtualizer);
            } else {
                JasperPrint contents = fillContents(doc, texts, body, contentsPages);
                if (contents.getPages().size() != contentsPages) {
                    // more headings wrapped than counted: number the body again for the pages there are
                    contentsPages = contents.getPages().size();
                    virtualizer.cleanup();
                    virtualizer = virtualizer();
                    body = fillBody(doc, texts, contentsPages, virtualizer);
                    contents = fillContents(doc, texts, body, contentsPages);
                }
                for (int i = 0; i < contents.getPages().size(); i++) {
                    body.addPage(1 + i, contents.getPages().get(i));
                }
            }
            virtualizer.setReadOnly(true);
            return PdfExport.pdfA(body, doc.title());
        } finally {
            virtualizer.cleanup();
        }
    }

    private static JasperPrint fillBody(
            PdfDocument doc, ReportTexts texts, int contentsPages, JRSwapFileVirtualizer virtualizer) {
        Map<String, Object> p = pageParameters(doc, texts);
        // the contents come after the first page
        p.put(PageNumbers.SHIFT, contentsPages);
        p.put(PageNumbers.KEEP_FIRST, true);
        p.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        p.put(MasterDesign.TITLE, doc.title());
        p.put(MasterDesign.SUBTITLE, doc.subtitle());
        p.put(MasterDesign.ISSUER, texts.get("report.issuer"));
        for (int i = 0; i < MasterDesign.META_LABELS.length; i++) {
            boolean given = i < doc.facts().size();
            p.put(MasterDesign.META_LABELS[i], given ? doc.facts().get(i).label() : null);
            p.put(MasterDesign.META_VALUES[i], given ? doc.facts().get(i).value() : null);
        }
        boolean status = doc.statusCounts() != null;
        p.put(MasterDesign.SHOW_STATUS, status);
        for (int i = 0; i < MasterDesign.STATUS_COUNTS.length; i++) {
            p.put(MasterDesign.STATUS_COUNTS[i], status ? String.valueOf(doc.statusCounts()[i]) : null);
            p.put(MasterDesign.STATUS_LABELS[i], status ? doc.statusLabels().get(i) : null);
        }
        Block cover = doc.cover();
        p.put(MasterDesign.HAS_COVER, cover != null);
        if (cover != null) {
            p.put(MasterDesign.COVER_REPORT, cover.design());
            p.put(MasterDesign.COVER_ROWS, new JRMapCollectionDataSource(rows(cover)));
            p.put(MasterDesign.COVER_PARAMETERS, cover.fillParameters());
        }
        List<Map<String, ?>> blocks = new ArrayList<>();
        for (Block b : doc.blocks()) {
            Map<String, Object> row = new HashMap<>();
            row.put(MasterDesign.REPORT, b.design());
            row.put(MasterDesign.ROWS, new JRMapCollectionDataSource(rows(b)));
            row.put(MasterDesign.PARAMETERS, b.fillParameters());
            row.put(MasterDesign.NEW_PAGE, b.newPage());
            blocks.add(row);
        }
        return fill(() -> JasperFillManager.fillReport(Designs.master(), p, new JRMapCollectionDataSource(blocks)));
    }

    private static JasperPrint fillContents(PdfDocument doc, ReportTexts texts, JasperPrint body, int contentsPages) {
        Map<String, Integer> pages = anchorPages(body);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Block.Heading h : headings(doc)) {
            Integer index = pages.get(h.anchor());
            Map<String, Object> row = new HashMap<>();
            row.put(TocDesign.TITLE, h.text());
            row.put(TocDesign.ANCHOR, h.anchor());
            row.put(TocDesign.CHAPTER, h.level() == 1);
            row.put(TocDesign.SECTION, h.level() != 1);
            row.put(TocDesign.PAGE, index == null ? null : index == 0 ? 1 : index + 1 + contentsPages);
            rows.add(row);
        }
        Map<String, Object> p = pageParameters(doc, texts);
        p.put(PageNumbers.SHIFT, 1);
        p.put(PageNumbers.KEEP_FIRST, false);
        p.put(PageNumbers.TOTAL, body.getPages().size() + contentsPages);
        p.put(TocDesign.HEADING, texts.get("report.toc"));
        return fill(() -> JasperFillManager.fillReport(Designs.contents(), p, new JRMapCollectionDataSource(rows)));
    }

    private static Map<String, Object> pageParameters(PdfDocument doc, ReportTexts texts) {
        Map<String, Object> p = new HashMap<>();
        p.put(PageFrame.HEADER, doc.title());
        p.put(PageFrame.MARK, texts.get("report.mark"));
        p.put(PageFrame.FOOTER, doc.footer());
        p.put(PageFrame.WORD_BEFORE, texts.get("report.page.before"));
        p.put(PageFrame.WORD_BETWEEN, texts.get("report.page.between"));
        p.put(PageFrame.WORD_AFTER, texts.get("report.page.after"));
        p.put(PageFrame.WATERMARK, new Watermark(texts.get("report.mark")));
        p.put(JRParameter.REPORT_LOCALE, "en".equals(doc.language()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        return p;
    }

    /** Every heading of the document in order: the first page's block's, then each block's. */
    static List<Block.Heading> headings(PdfDocument doc) {
        List<Block.Heading> all = new ArrayList<>();
        if (doc.cover() != null) {
            all.addAll(doc.cover().headings());
        }
        doc.blocks().forEach(b -> all.addAll(b.headings()));
        return all;
    }

    /** The page (0-based) on which each anchor was printed. */
    static Map<String, Integer> anchorPages(JasperPrint print) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        List<JRPrintPage> all = print.getPages();
        for (int i = 0; i < all.size(); i++) {
            collect(all.get(i).getElements(), i, pages);
        }
        return pages;
    }

    private static void collect(Collection<JRPrintElement> elements, int page, Map<String, Integer> pages) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintAnchor a && a.getAnchorName() != null) {
                pages.putIfAbsent(a.getAnchorName(), page);
            }
            if (e instanceof JRPrintFrame frame) {
                collect(frame.getElements(), page, pages);
            }
        }
    }

    private static List<Map<String, ?>> rows(Block b) {
        return new ArrayList<>(b.rows());
    }

    private static JRSwapFileVirtualizer virtualizer() {
        JRSwapFile swap = new JRSwapFile(System.getProperty("java.io.tmpdir") + File.separator, 4096, 64);
        return new JRSwapFileVirtualizer(PAGES_IN_MEMORY, swap, true);
    }

    private interface Fill {
        JasperPrint run() throws JRException;
    }

    private static JasperPrint fill(Fill fill) {
        try {
            return fill.run();
        } catch (JRException e) {
            throw new IllegalStateException("the report could not be filled", e);
        }
    }
}
