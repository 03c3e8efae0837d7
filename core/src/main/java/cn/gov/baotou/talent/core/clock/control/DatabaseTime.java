package cn.gov.baotou.talent.core.clock.control;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The database's time ({@code current_timestamp}, the start of the current transaction), for operational state that
 * several JVMs share and that must outlast a restart: the sign-in throttle's failures, the instances' heartbeats. Not
 * the platform's {@code Clock}, which decides policy dates: a demo or test platform's clock starts on the same day at
 * every start (TALENT_CLOCK), and the instances of a cluster may disagree about the time by a little; the database is
 * one clock for all of them.
 */
public final class DatabaseTime {

    private DatabaseTime() {}

    public static Instant now(EntityManager em) {
        Object now = em.createNativeQuery("select current_timestamp").getSingleResult();
        if (now instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (now instanceof Timestamp t) {
            return t.toInstant();
        }
        if (now instanceof Instant i) {
            return i;
        }
        if (now instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("the database's time came as " + now.getClass());
    }
}
