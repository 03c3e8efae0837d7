package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.ReportTable.Column;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job demands list as a table to export (导出): what the catalog shows of each demand plus its status and the day it
 * was submitted and published; headcounts and yuan as numbers, days as days.
 */
final class DemandListTable {

    private static final String[] KEYS = {
        "catalog.column.number",
        "catalog.column.position",
        "catalog.column.enterprise",
        "catalog.column.district",
        "catalog.column.industry",
        "catalog.column.degree",
        "catalog.column.headcount",
        "catalog.column.discipline",
        "catalog.column.majors",
        "catalog.column.workType",
        "catalog.column.salaryMin",
        "catalog.column.salaryMax",
        "catalog.column.location",
        "demands.column.status",
        "export.column.submittedOn",
        "catalog.column.publishedOn"
    };

    private DemandListTable() {}

    static ReportTable of(List<JobDemand> demands, Messages m) {
        Messages zh = Messages.in(Messages.CHINESE);
        Messages en = Messages.in(Locale.ENGLISH);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < KEYS.length; i++) {
            String zhHeader = text(zh, KEYS[i]);
            String enHeader = text(en, KEYS[i]);
            columns.add(
                    switch (i) {
                        case 0, 6 -> Column.count(zhHeader, enHeader);
                        case 10, 11 -> Column.money(zhHeader, enHeader);
                        case 14, 15 -> Column.date(zhHeader, enHeader);
                        default -> Column.text(zhHeader, enHeader);
                    });
        }
        List<List<Object>> rows = new ArrayList<>();
        long n = 0;
        for (JobDemand d : demands) {
            CatalogEntry e = CatalogEntry.of(d, m);
            List<Object> row = new ArrayList<>();
            row.add(++n);
            row.add(e.positionTitle());
            row.add(e.enterpriseName());
            row.add(e.districtName());
            row.add(e.industryName());
            row.add(e.degreeName());
            row.add((long) e.headcount());
            row.add(e.disciplineCode() + " " + e.disciplineName());
            row.add(e.majors());
            row.add(e.workTypeName());
            row.add(e.salaryMinYuan() == null ? null : new BigDecimal(e.salaryMinYuan()));
            row.add(e.salaryMaxYuan() == null ? null : new BigDecimal(e.salaryMaxYuan()));
            row.add(e.workLocation());
            row.add(text(m, "demand.status." + d.status().name()));
            row.add(d.submittedAt() == null ? null : LocalDate.ofInstant(d.submittedAt(), Beijing.ZONE));
            row.add(d.publishedOn());
            rows.add(row);
        }
        return new ReportTable(
                "intake.demands", text(zh, "demands.title"), text(en, "demands.title"), "intake.5.2", columns, rows);
    }

    private static String text(Messages m, String key) {
        return m.get(DemandWorkflow.BUNDLE, key);
    }
}
