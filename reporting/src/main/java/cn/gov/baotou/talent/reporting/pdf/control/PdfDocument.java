package cn.gov.baotou.talent.reporting.pdf.control;

import java.util.List;

/**
 * What a PDF shows, ready to fill: the first page (title, subtitle, the lines of facts, the count of targets by status
 * if any, and a first block), then the blocks; with the texts every page carries and the reader's language.
 */
record PdfDocument(
        String language,
        String title,
        String subtitle,
        List<Fact> facts,
        int[] statusCounts,
        List<String> statusLabels,
        Block cover,
        List<Block> blocks,
        String footer) {

    /** A line of the first page: what (期间, 范围…) and its value. */
    record Fact(String label, String value) {}

    PdfDocument {
        facts = List.copyOf(facts);
        blocks = List.copyOf(blocks);
        statusLabels = statusLabels == null ? List.of() : List.copyOf(statusLabels);
    }
}
