package cn.gov.baotou.talent.reporting.pdf.boundary;

import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.TablePdf;
import cn.gov.baotou.talent.reporting.pdf.control.TableDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Core's {@link TablePdf}, so a module can offer a list as PDF/A (the demand catalog) without depending on reporting:
 * the same engine, font, 内部资料 mark and page numbers as the reports.
 */
@ApplicationScoped
public class TablesAsPdf implements TablePdf {

    @Inject
    Clock clock;

    public TablesAsPdf() {}

    /** For use outside the container (tests), with a fixed clock. */
    public TablesAsPdf(Clock clock) {
        this.clock = clock;
    }

    @Override
    public byte[] pdf(String title, String subtitle, List<ReportTable> tables, String language) {
        return TableDocument.pdf(title, subtitle, tables, language, clock.instant());
    }
}
