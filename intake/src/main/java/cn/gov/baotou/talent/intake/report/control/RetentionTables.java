package cn.gov.baotou.talent.intake.report.control;

import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.ReportTable.Column;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.entity.DepartureKind;
import cn.gov.baotou.talent.intake.hire.entity.Grade;
import cn.gov.baotou.talent.intake.report.entity.RetentionFigures;
import cn.gov.baotou.talent.intake.report.entity.RetentionFigures.Departures;
import cn.gov.baotou.talent.intake.report.entity.RetentionFigures.Grades;
import cn.gov.baotou.talent.intake.report.entity.RetentionFigures.InService;
import cn.gov.baotou.talent.intake.report.entity.RetentionFigures.Recoveries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The retention report's four sections as tables, each citing its clause and ending with a 合计 row: hires in their
 * service period (intake.6.1), departures (intake.6.3), recoveries (intake.6.3) and annual evaluations (intake.6.2).
 * Districts are named, degrees, kinds and grades read as the pages read them.
 */
public final class RetentionTables {

    private RetentionTables() {}

    public static ReportTable inService(List<InService> rows, Map<String, String> districts) {
        List<List<Object>> out = new ArrayList<>();
        long hires = 0;
        long serving = 0;
        BigDecimal city = RetentionFigures.NONE;
        BigDecimal district = RetentionFigures.NONE;
        List<InService> sorted = rows.stream()
                .sorted(Comparator.comparing(InService::degree).thenComparing(InService::districtCode))
                .toList();
        for (InService r : sorted) {
            out.add(List.of(
                    degree(r.degree()),
                    districts.getOrDefault(r.districtCode(), r.districtCode()),
                    r.hires(),
                    r.servingAtEnd(),
                    r.cityPaid(),
                    r.districtPaid(),
                    r.cityPaid().add(r.districtPaid())));
            hires += r.hires();
            serving += r.servingAtEnd();
            city = city.add(r.cityPaid());
            district = district.add(r.districtPaid());
        }
        out.add(List.of(total(), "", hires, serving, city, district, city.add(district)));
        return table(
                "intake.retention.inService",
                "report.inService.title",
                "intake.6.1",
                List.of(
                        text("report.column.degree"),
                        text("report.column.district"),
                        count("report.column.hires"),
                        count("report.column.servingAtEnd"),
                        money("report.column.cityPaid"),
                        money("report.column.districtPaid"),
                        money("report.column.paid")),
                out);
    }

    /** One row per kind of departure (all three, zero or not), the degrees side by side, with the months served. */
    public static ReportTable departures(List<Departures> rows) {
        List<List<Object>> out = new ArrayList<>();
        Months all = new Months();
        for (DepartureKind kind : DepartureKind.values()) {
            Months m = new Months();
            rows.stream().filter(r -> r.kind() == kind).forEach(m::add);
            out.add(m.row(Bilingual.cell("departure." + kind.name())));
            rows.stream().filter(r -> r.kind() == kind).forEach(all::add);
        }
        out.add(all.row(total()));
        return table(
                "intake.retention.departures",
                "report.departures.title",
                "intake.6.3",
                List.of(
                        text("report.column.kind"),
                        count("report.column.doctors"),
                        count("report.column.masters"),
                        count("report.column.departures"),
                        count("report.column.monthsAverage"),
                        count("report.column.monthsLeast"),
                        count("report.column.monthsMost")),
                out);
    }

    public static ReportTable recoveries(List<Recoveries> rows, Map<String, String> districts) {
        List<List<Object>> out = new ArrayList<>();
        long decided = 0;
        long awaiting = 0;
        BigDecimal decidedYuan = RetentionFigures.NONE;
        BigDecimal city = RetentionFigures.NONE;
        BigDecimal district = RetentionFigures.NONE;
        for (Recoveries r : rows) {
            out.add(List.of(
                    districts.getOrDefault(r.districtCode(), r.districtCode()),
                    r.decided(),
                    r.decidedYuan(),
                    r.cityBooked(),
                    r.districtBooked(),
                    r.cityBooked().add(r.districtBooked()),
                    r.awaiting()));
            decided += r.decided();
            awaiting += r.awaiting();
            decidedYuan = decidedYuan.add(r.decidedYuan());
            city = city.add(r.cityBooked());
            district = district.add(r.districtBooked());
        }
        out.add(List.of(total(), decided, decidedYuan, city, district, city.add(district), awaiting));
        return table(
                "intake.retention.recoveries",
                "report.recoveries.title",
                "intake.6.3",
                List.of(
                        text("report.column.district"),
                        count("report.column.decided"),
                        money("report.column.decidedYuan"),
                        money("report.column.cityBooked"),
                        money("report.column.districtBooked"),
                        money("report.column.booked"),
                        count("report.column.awaiting")),
                out);
    }

    /** One row per grade (all four), the enterprise's and the talent's counts side by side; then the overdue ones. */
    public static ReportTable evaluations(List<Grades> rows, long overdue) {
        Map<Grade, Long> enterprise = new EnumMap<>(Grade.class);
        Map<Grade, Long> talent = new EnumMap<>(Grade.class);
        long recorded = 0;
        for (Grades g : rows) {
            if (g.enterprise() != null) {
                enterprise.merge(g.enterprise(), g.count(), Long::sum);
            }
            if (g.talent() != null) {
                talent.merge(g.talent(), g.count(), Long::sum);
            }
            recorded += g.count();
        }
        List<List<Object>> out = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            out.add(List.of(
                    Bilingual.cell("grade." + grade.name()),
                    enterprise.getOrDefault(grade, 0L),
                    talent.getOrDefault(grade, 0L)));
        }
        out.add(List.of(Bilingual.cell("report.evaluations.recorded"), recorded, recorded));
        out.add(List.of(Bilingual.cell("report.evaluations.overdue"), overdue, overdue));
        return table(
                "intake.retention.evaluations",
                "report.evaluations.title",
                "intake.6.2",
                List.of(
                        text("report.column.grade"),
                        count("report.column.enterpriseGrade"),
                        count("report.column.talentGrade")),
                out);
    }

    /** The months served by the departures of one row: per degree, and summed for the average, least and most. */
    private static final class Months {
        private final Map<Degree, Long> byDegree = new EnumMap<>(Degree.class);
        private long count;
        private long total;
        private Long least;
        private Long most;

        void add(Departures d) {
            byDegree.merge(d.degree(), d.count(), Long::sum);
            count += d.count();
            total += d.monthsTotal();
            least = least == null ? d.monthsLeast() : Math.min(least, d.monthsLeast());
            most = most == null ? d.monthsMost() : Math.max(most, d.monthsMost());
        }

        List<Object> row(String label) {
            List<Object> row = new ArrayList<>();
            row.add(label);
            row.add(byDegree.getOrDefault(Degree.DOCTOR, 0L));
            row.add(byDegree.getOrDefault(Degree.MASTER, 0L));
            row.add(count);
            // the mean rounded half up to whole months, as served months are counted
            row.add(
                    count == 0
                            ? null
                            : BigDecimal.valueOf(total)
                                    .divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
                                    .longValue());
            row.add(least);
            row.add(most);
            return row;
        }
    }

    static String degree(Degree d) {
        return Bilingual.cell("degree." + d.name());
    }

    static String total() {
        return Bilingual.cell("report.total");
    }

    static ReportTable table(
            String key, String titleKey, String clauseId, List<Column> columns, List<List<Object>> rows) {
        Bilingual title = Bilingual.of(titleKey);
        return new ReportTable(key, title.zh(), title.en(), clauseId, columns, rows);
    }

    static Column text(String key) {
        Bilingual b = Bilingual.of(key);
        return Column.text(b.zh(), b.en());
    }

    static Column count(String key) {
        Bilingual b = Bilingual.of(key);
        return Column.count(b.zh(), b.en());
    }

    static Column money(String key) {
        Bilingual b = Bilingual.of(key);
        return Column.money(b.zh(), b.en());
    }

    static Column date(String key) {
        Bilingual b = Bilingual.of(key);
        return Column.date(b.zh(), b.en());
    }
}
