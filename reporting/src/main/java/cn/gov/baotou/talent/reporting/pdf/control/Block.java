package cn.gov.baotou.talent.reporting.pdf.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReport;

/**
 * One part of a report: a compiled design, its rows and parameters, whether it starts a page, and the headings it
 * opens with (for the table of contents). Rows are kept as values so that the report can be filled twice.
 */
record Block(
        JasperReport design,
        List<Map<String, ?>> rows,
        Map<String, Object> parameters,
        boolean newPage,
        List<Heading> headings) {

    Block {
        rows = List.copyOf(rows);
        parameters = java.util.Collections.unmodifiableMap(new HashMap<>(parameters));
        headings = List.copyOf(headings);
    }

    /** A chapter (level 1) or a section (level 2) heading, with the anchor the contents link to. */
    record Heading(int level, String text, String anchor) {}

    /** The parameters for one fill (JasperReports adds its own to the map it is given). */
    Map<String, Object> fillParameters() {
        return new HashMap<>(parameters);
    }

    /** The parameters of a block's headings: a chapter and / or a section heading, and a note under them. */
    static Map<String, Object> headingParameters(List<Heading> headings, String note, String noData) {
        Map<String, Object> p = new HashMap<>();
        p.put(DesignFrame.HAS_H1, false);
        p.put(DesignFrame.HAS_H2, false);
        for (Heading h : headings) {
            String level = h.level() == 1 ? DesignFrame.H1 : DesignFrame.H2;
            p.put(level, h.text());
            p.put(h.level() == 1 ? DesignFrame.H1_ANCHOR : DesignFrame.H2_ANCHOR, h.anchor());
            p.put(h.level() == 1 ? DesignFrame.HAS_H1 : DesignFrame.HAS_H2, true);
        }
        p.put(DesignFrame.NOTE, note);
        p.put(DesignFrame.HAS_NOTE, note != null && !note.isBlank());
        p.put(DesignFrame.NO_DATA, noData);
        return p;
    }
}
