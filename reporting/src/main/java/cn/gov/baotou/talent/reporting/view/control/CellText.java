package cn.gov.baotou.talent.reporting.view.control;

import cn.gov.baotou.talent.core.report.control.CellKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** A cell as read on screen: counts with thousands separators, yuan with two decimals, 0.125 as 12.5%, dates ISO. */
public final class CellText {

    private CellText() {}

    public static String of(CellKind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> (String) value;
            case COUNT -> pattern("#,##0").format(value);
            case MONEY -> pattern("#,##0.00").format(((BigDecimal) value).setScale(2, RoundingMode.HALF_UP));
            case PERCENT ->
                pattern("0.0").format(((BigDecimal) value).movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%";
            case DECIMAL -> pattern("#,##0.0#").format(value);
            case DATE -> ((LocalDate) value).toString();
        };
    }

    /** Numbers are right-aligned so that their digits line up. */
    public static boolean numeric(CellKind kind) {
        return kind == CellKind.COUNT || kind == CellKind.MONEY || kind == CellKind.PERCENT || kind == CellKind.DECIMAL;
    }

    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
