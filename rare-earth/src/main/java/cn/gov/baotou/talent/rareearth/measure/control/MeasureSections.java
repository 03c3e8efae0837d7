package cn.gov.baotou.talent.rareearth.measure.control;

import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.ReportTable.Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The module's report sections as tables: for the target report, every measure with its lead unit, whether its
 * 细则 / 办事流程 and the districts' 配套措施 are delivered, its cases and money; for the funds report, every paying
 * measure's money by finance, each row with its clause, and the total. Amounts in yuan; counts as counts.
 */
public final class MeasureSections {

    public static final String TARGETS_KEY = "rare-earth.measures";
    public static final String FUNDS_KEY = "rare-earth.funds";

    private MeasureSections() {}

    /** One measure in the target report; money is null for a measure that pays nothing. */
    public record Delivery(
            String measure,
            String clauseId,
            String lead,
            String rules,
            String districtMeasures,
            long cases,
            Long granted,
            BigDecimal committed,
            BigDecimal paid) {}

    /** One paying measure's money in the funds report, from the ledger's grants booked on its clause. */
    public record Funds(
            String measure,
            String clauseId,
            long grants,
            BigDecimal committed,
            BigDecimal committedCity,
            BigDecimal committedDistrict,
            BigDecimal paidCity,
            BigDecimal paidDistrict,
            BigDecimal recovered) {

        BigDecimal paid() {
            return paidCity.add(paidDistrict);
        }

        Funds plus(Funds o) {
            return new Funds(
                    measure,
                    clauseId,
                    grants + o.grants,
                    committed.add(o.committed),
                    committedCity.add(o.committedCity),
                    committedDistrict.add(o.committedDistrict),
                    paidCity.add(o.paidCity),
                    paidDistrict.add(o.paidDistrict),
                    recovered.add(o.recovered));
        }
    }

    public static ReportTable targets(List<Delivery> measures) {
        List<Column> columns = List.of(
                Column.text("措施", "Measure"),
                Column.text("条款", "Clause"),
                Column.text("牵头单位", "Lead unit"),
                Column.text("细则、办事流程", "Rules and procedures"),
                Column.text("旗县区配套措施", "District measures"),
                Column.count("件数", "Cases"),
                Column.count("已支持件数", "Granted"),
                Column.money("支持金额（元）", "Granted (yuan)"),
                Column.money("已拨付（元）", "Paid (yuan)"));
        List<List<Object>> rows = new ArrayList<>();
        for (Delivery d : measures) {
            rows.add(cells(
                    d.measure(),
                    d.clauseId(),
                    d.lead(),
                    d.rules(),
                    d.districtMeasures(),
                    d.cases(),
                    d.granted(),
                    d.committed(),
                    d.paid()));
        }
        return new ReportTable(
                TARGETS_KEY,
                "稀土产业人才措施落实情况",
                "Rare-earth talent measures: delivery, cases and money",
                null,
                columns,
                rows);
    }

    public static ReportTable funds(List<Funds> measures) {
        List<Column> columns = List.of(
                Column.text("措施", "Measure"),
                Column.text("条款", "Clause"),
                Column.count("件数", "Grants"),
                Column.money("承诺金额（元）", "Committed (yuan)"),
                Column.money("其中市级（元）", "of which city (yuan)"),
                Column.money("其中属地（元）", "of which district (yuan)"),
                Column.money("市级已拨付（元）", "Paid by city finance (yuan)"),
                Column.money("属地已拨付（元）", "Paid by district finance (yuan)"),
                Column.money("已拨付合计（元）", "Paid in all (yuan)"),
                Column.money("已追回（元）", "Recovered (yuan)"));
        List<List<Object>> rows = new ArrayList<>();
        Funds total = new Funds(
                "合计",
                null,
                0,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
        for (Funds f : measures) {
            rows.add(row(f));
            total = total.plus(f);
        }
        rows.add(row(total));
        return new ReportTable(
                FUNDS_KEY, "稀土产业人才措施资金（按条款）", "Rare-earth talent measures: funds by clause", null, columns, rows);
    }

    private static List<Object> row(Funds f) {
        return cells(
                f.measure(),
                f.clauseId(),
                f.grants(),
                money(f.committed()),
                money(f.committedCity()),
                money(f.committedDistrict()),
                money(f.paidCity()),
                money(f.paidDistrict()),
                money(f.paid()),
                money(f.recovered()));
    }

    private static BigDecimal money(BigDecimal b) {
        return b.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static List<Object> cells(Object... values) {
        return new ArrayList<>(java.util.Arrays.asList(values));
    }
}
