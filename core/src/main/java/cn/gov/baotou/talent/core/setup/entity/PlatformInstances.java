package cn.gov.baotou.talent.core.setup.entity;

import cn.gov.baotou.talent.core.clock.control.DatabaseTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The platform's instances as the database knows them. Their times are the database's own ({@code current_timestamp}),
 * never a JVM's: the instances of a cluster may disagree about the time, and a demo platform's clock may start on
 * another day at every start.
 */
@ApplicationScoped
public class PlatformInstances {

    @PersistenceContext
    EntityManager em;

    public PlatformInstances() {}

    /** For use outside the container (tests). */
    public PlatformInstances(EntityManager em) {
        this.em = em;
    }

    /** Marks the boot id alive now; the boot ids seen within {@code alive}, this one among them. */
    public Set<String> seen(String bootId, Duration alive) {
        Instant now = DatabaseTime.now(em);
        PlatformInstance me = em.find(PlatformInstance.class, bootId);
        if (me == null) {
            em.persist(new PlatformInstance(bootId, now));
        } else {
            me.seen(now);
        }
        // instances gone for a day are of no use even to an operator
        em.createQuery("delete from PlatformInstance i where i.seenAt < :old")
                .setParameter("old", now.minus(Duration.ofDays(1)))
                .executeUpdate();
        Set<String> live = new HashSet<>(
                em.createQuery("select i.bootId from PlatformInstance i where i.seenAt > :cutoff", String.class)
                        .setParameter("cutoff", now.minus(alive))
                        .getResultList());
        live.add(bootId);
        return live;
    }
}
