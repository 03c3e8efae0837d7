package cn.gov.baotou.talent.core.report.control;

import java.util.List;

/**
 * Renders tables as a PDF with the platform's embedded Chinese font, marked 内部资料 with the time it was made: the
 * reporting module provides it, so a module can offer its lists as PDF (the demand catalog, say) without depending on
 * reporting. Look it up with {@code Instance<TablePdf>}; it is absent only when reporting is not deployed.
 */
public interface TablePdf {

    /** A PDF/A document titled {@code title}, with a line saying what was chosen ({@code subtitle}) and the tables. */
    byte[] pdf(String title, String subtitle, List<ReportTable> tables, String language);
}
