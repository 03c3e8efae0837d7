package cn.gov.baotou.talent.core.report.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a report column holds, so that PDF shows it formatted and Excel keeps numbers as numbers. */
public enum CellKind {
    TEXT(String.class),
    COUNT(Long.class),
    MONEY(BigDecimal.class),
    PERCENT(BigDecimal.class),
    /** A measure that is not money, with its decimals: 3.5 working days, a mean rating of 4.33. */
    DECIMAL(BigDecimal.class),
    DATE(LocalDate.class);

    private final Class<?> type;

    CellKind(Class<?> type) {
        this.type = type;
    }

    void check(String table, Object cell) {
        if (cell != null && !type.isInstance(cell)) {
            throw new IllegalArgumentException(table + ": a " + name() + " cell holds a "
                    + cell.getClass().getSimpleName() + ", expected " + type.getSimpleName());
        }
    }
}
