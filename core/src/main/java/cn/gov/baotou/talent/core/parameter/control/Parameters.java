package cn.gov.baotou.talent.core.parameter.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.entity.ParameterType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The parameters in force on one date, as rules read them: each typed value with the clause it comes from. A key that
 * no version covers on that date is refused ({@link ParameterNotCovered}, naming the caller's field, the date and the
 * key), never replaced by a default.
 */
public final class Parameters {

    private final LocalDate date;
    private final String field;
    private final Map<String, ParameterValue> inForce;
    private final ParameterHistory history;

    Parameters(LocalDate date, String field, Map<String, ParameterValue> inForce, ParameterHistory history) {
        this.date = date;
        this.field = field;
        this.inForce = Map.copyOf(inForce);
        this.history = history;
    }

    /** The day these values are in force. */
    public LocalDate date() {
        return date;
    }

    public Yuan money(String key) {
        return Yuan.of(typed(key, ParameterType.MONEY));
    }

    public int integer(String key) {
        return Integer.parseInt(typed(key, ParameterType.INTEGER));
    }

    public BigDecimal decimal(String key) {
        return new BigDecimal(typed(key, ParameterType.DECIMAL));
    }

    public LocalDate date(String key) {
        return LocalDate.parse(typed(key, ParameterType.DATE));
    }

    public MonthDay monthDay(String key) {
        return MonthDay.parse("--" + typed(key, ParameterType.MONTH_DAY));
    }

    public String text(String key) {
        return typed(key, ParameterType.TEXT);
    }

    /** The clause the value in force comes from, to cite in a {@code Check}. */
    public String clauseOf(String key) {
        return value(key).clauseId();
    }

    /** The value in force with its version, period, clause and description. */
    public ParameterValue value(String key) {
        ParameterValue v = inForce.get(key);
        if (v != null) {
            return v;
        }
        List<ParameterValue> versions = history.versions(key);
        if (versions.isEmpty()) {
            // a key in no version at all is a typo in code, not bad input
            throw new IllegalArgumentException("no such parameter: " + key);
        }
        throw new ParameterNotCovered(field, date, key, versions);
    }

    /** Every value in force on the date, by key. */
    public List<ParameterValue> all() {
        return inForce.values().stream()
                .sorted(Comparator.comparing(ParameterValue::key))
                .toList();
    }

    private String typed(String key, ParameterType type) {
        ParameterValue v = value(key);
        if (v.type() != type) {
            throw new IllegalStateException(key + " is " + v.type() + ", read as " + type);
        }
        return v.value();
    }
}
