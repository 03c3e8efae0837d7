package cn.gov.baotou.talent.intake.report.control;

import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.intake.report.entity.GrantedExceptions.Granted;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The target report's list of "原则上" age exceptions (intake.3.1; PRODUCT.md: shown as such in every report): one
 * row per exception granted, with the person masked, the written reason and who approved it when.
 */
public final class ExceptionTable {

    private ExceptionTable() {}

    public static ReportTable of(List<Granted> granted, Map<String, String> districts) {
        List<List<Object>> rows = new ArrayList<>();
        for (Granted g : granted) {
            rows.add(Arrays.asList(
                    g.name(),
                    g.maskedIdNumber(),
                    RetentionTables.degree(g.degree()),
                    g.submittedOn(),
                    (long) g.ageYears(),
                    g.enterpriseName(),
                    districts.getOrDefault(g.districtCode(), g.districtCode()),
                    g.reason(),
                    g.approvedBy(),
                    g.approvedOn(),
                    Bilingual.cell("hire.status." + g.status().name())));
        }
        return RetentionTables.table(
                "intake.targets.exceptions",
                "report.exceptions.title",
                "intake.3.1",
                List.of(
                        RetentionTables.text("report.column.name"),
                        RetentionTables.text("report.column.idNumber"),
                        RetentionTables.text("report.column.degree"),
                        RetentionTables.date("report.column.submittedOn"),
                        RetentionTables.count("report.column.age"),
                        RetentionTables.text("report.column.enterprise"),
                        RetentionTables.text("report.column.district"),
                        RetentionTables.text("report.column.reason"),
                        RetentionTables.text("report.column.approvedBy"),
                        RetentionTables.date("report.column.approvedOn"),
                        RetentionTables.text("report.column.status")),
                rows);
    }
}
