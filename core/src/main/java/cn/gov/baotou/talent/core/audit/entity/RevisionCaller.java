package cn.gov.baotou.talent.core.audit.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the caller and the platform's time: Envers creates this listener itself, so it looks both up
 * in CDI (outside a container Envers' own time stays).
 */
public class RevisionCaller implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        Revision r = (Revision) revisionEntity;
        r.setUsername(current());
        try {
            r.setChangedAt(CDI.current().select(Clock.class).get().millis());
        } catch (RuntimeException | LinkageError e) {
            // no CDI container (unit tests)
        }
    }

    /** The signed-in account's name, or "system"; the activity feed names its actors the same way. */
    public static String current() {
        try {
            Principal p = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return p == null ? SYSTEM : p.getName();
        } catch (RuntimeException | LinkageError e) {
            // no CDI container (unit tests) or no request (start-up, jobs)
            return SYSTEM;
        }
    }
}
