package cn.gov.baotou.talent.reporting.pdf.control;

import cn.gov.baotou.talent.core.report.control.CellKind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Every report design, compiled once and kept: the master, the targets table, the contents, a chart per number of
 * bars and a table per sequence of column kinds (a module's table always has the same kinds, so these stay few).
 */
final class Designs {

    private static final Map<Object, JasperReport> COMPILED = new ConcurrentHashMap<>();

    private Designs() {}

    static JasperReport master() {
        return COMPILED.computeIfAbsent("master", k -> MasterDesign.compile());
    }

    static JasperReport targets() {
        return COMPILED.computeIfAbsent("targets", k -> TargetTableDesign.compile());
    }

    static JasperReport contents() {
        return COMPILED.computeIfAbsent("contents", k -> TocDesign.compile());
    }

    static JasperReport chart(int bars) {
        return COMPILED.computeIfAbsent("chart-" + bars, k -> ChartDesign.compile(bars));
    }

    static JasperReport table(List<CellKind> kinds) {
        return COMPILED.computeIfAbsent(List.copyOf(kinds), k -> TableDesign.compile(kinds));
    }

    /** How many designs were compiled so far (each once). */
    static int compiled() {
        return COMPILED.size();
    }
}
