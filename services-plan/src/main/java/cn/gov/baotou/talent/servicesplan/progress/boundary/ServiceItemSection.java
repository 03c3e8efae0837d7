package cn.gov.baotou.talent.servicesplan.progress.boundary;

import static cn.gov.baotou.talent.servicesplan.progress.boundary.SectionTable.zh;

import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceItem;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 16 service items of the approved nominees (services-plan.6.1), one row per item in the order of the list with
 * its responsible department, how many stand in each state, and the share done of those needed (items marked 无需办理
 * are not owed); closed by the total.
 */
record ServiceItemSection(List<Object[]> rows, ServiceCatalog catalog) {

    private static final ServiceStatus[] STATES = ServiceStatus.values();

    ReportTable table() {
        Map<String, long[]> byItem = new HashMap<>();
        for (Object[] r : rows) {
            byItem.computeIfAbsent((String) r[0], k -> new long[STATES.length])[((ServiceStatus) r[1]).ordinal()] +=
                    ((Number) r[2]).longValue();
        }
        SectionTable t = new SectionTable("serviceItems", "services-plan.6.1")
                .column(CellKind.TEXT, "item")
                .column(CellKind.TEXT, "department")
                .column(CellKind.COUNT, "items");
        for (ServiceStatus s : STATES) {
            t.column(CellKind.COUNT, "service.status." + s.name());
        }
        t.column(CellKind.PERCENT, "doneRate");
        long[] total = new long[STATES.length];
        for (ServiceItem item : catalog.items()) {
            long[] n = byItem.getOrDefault(item.code(), new long[STATES.length]);
            t.row(cells(item.name(), catalog.departmentName(item.departmentCode(), false), n));
            for (int i = 0; i < n.length; i++) {
                total[i] += n[i];
            }
        }
        return t.row(cells(zh("report.total"), null, total)).table();
    }

    private static Object[] cells(String item, String department, long[] n) {
        Object[] cells = new Object[STATES.length + 4];
        cells[0] = item;
        cells[1] = department;
        long all = 0;
        for (int i = 0; i < n.length; i++) {
            cells[3 + i] = n[i];
            all += n[i];
        }
        cells[2] = all;
        long owed = all - n[ServiceStatus.NOT_NEEDED.ordinal()];
        cells[cells.length - 1] = owed == 0
                ? null
                : BigDecimal.valueOf(n[ServiceStatus.DONE.ordinal()])
                        .divide(BigDecimal.valueOf(owed), 4, RoundingMode.HALF_UP);
        return cells;
    }
}
