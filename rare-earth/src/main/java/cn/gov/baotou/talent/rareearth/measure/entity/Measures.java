package cn.gov.baotou.talent.rareearth.measure.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The measures, in the order of the text. Public to every signed-in user: no scope applies. */
@ApplicationScoped
public class Measures {

    @PersistenceContext
    EntityManager em;

    public Measures() {}

    /** For use outside the container (tests). */
    public Measures(EntityManager em) {
        this.em = em;
    }

    public List<Measure> all() {
        return em.createQuery("select m from Measure m order by m.number", Measure.class)
                .getResultList();
    }

    public Optional<Measure> byNumber(int number) {
        return Optional.ofNullable(em.find(Measure.class, number));
    }
}
