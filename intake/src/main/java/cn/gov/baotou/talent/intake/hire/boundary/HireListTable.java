package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.ReportTable.Column;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The hires list as a table to export (导出): one row per hire with what the page shows and the case's money and
 * dates, counts and yuan as numbers, days as days. The 身份证号 is masked as on the page unless the caller reads it.
 */
final class HireListTable {

    private static final String[] KEYS = {
        "export.column.number",
        "hires.name",
        "hires.idNumber",
        "field.degree",
        "import.column.DISCIPLINE",
        "submit.major",
        "submit.institution",
        "hires.enterprise",
        "hires.district",
        "submit.jobTitle",
        "hires.submittedOn",
        "hires.status",
        "import.eligibility",
        "export.column.subsidy",
        "hire.signedOn",
        "hire.serviceUntil"
    };

    private HireListTable() {}

    static ReportTable of(
            List<Hire> hires,
            boolean clearIdNumbers,
            Messages m,
            Map<String, String> districtNames,
            Map<String, String> disciplineNames) {
        Messages zh = Messages.in(Messages.CHINESE);
        Messages en = Messages.in(Locale.ENGLISH);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < KEYS.length; i++) {
            String zhHeader = text(zh, KEYS[i]);
            String enHeader = text(en, KEYS[i]);
            columns.add(
                    switch (i) {
                        case 0 -> Column.count(zhHeader, enHeader);
                        case 10, 14, 15 -> Column.date(zhHeader, enHeader);
                        case 13 -> Column.money(zhHeader, enHeader);
                        default -> Column.text(zhHeader, enHeader);
                    });
        }
        List<List<Object>> rows = new ArrayList<>();
        long n = 0;
        for (Hire h : hires) {
            Function<String, String> t = key -> text(m, key);
            List<Object> row = new ArrayList<>();
            row.add(++n);
            row.add(h.person().name());
            row.add(
                    clearIdNumbers
                            ? h.person().idNumber().value()
                            : h.person().idNumber().masked());
            row.add(t.apply("degree." + h.facts().degree().name()));
            row.add(h.facts().disciplineCode() + " "
                    + disciplineNames.getOrDefault(h.facts().disciplineCode(), ""));
            row.add(h.facts().major());
            row.add(h.facts().institution());
            row.add(h.enterprise().name());
            row.add(districtNames.getOrDefault(h.districtCode(), h.districtCode()));
            row.add(h.facts().jobTitle());
            row.add(h.submittedOn());
            row.add(t.apply("hire.status." + h.status().name()));
            row.add(eligibility(h, t));
            row.add(h.eligibility().total().amount());
            row.add(h.progress().agreementSignedOn());
            row.add(h.progress().serviceUntil());
            rows.add(row);
        }
        return new ReportTable(
                "intake.hires", text(zh, "hires.title"), text(en, "hires.title"), "intake.5.3", columns, rows);
    }

    private static String eligibility(Hire h, Function<String, String> t) {
        if (h.eligibility().eligible()) {
            return t.apply("import.eligible");
        }
        if (h.eligibility().exceptionRequired()) {
            return t.apply(h.progress().exceptionApproved() ? "hires.exceptionApproved" : "hires.exceptionPending");
        }
        return t.apply("calculator.notEligible");
    }

    private static String text(Messages m, String key) {
        return m.get(IntakeEligibility.BUNDLE, key);
    }
}
