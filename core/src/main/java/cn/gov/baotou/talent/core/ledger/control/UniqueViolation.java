package cn.gov.baotou.talent.core.ledger.control;

import java.sql.SQLException;

/**
 * Whether a failed write broke a unique constraint (SQLState 23505 on PostgreSQL and H2 alike): then another
 * transaction won a race, and the ledger names what it wrote instead of failing.
 */
public final class UniqueViolation {

    static final String SQL_STATE = "23505";

    private UniqueViolation() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && SQL_STATE.equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
