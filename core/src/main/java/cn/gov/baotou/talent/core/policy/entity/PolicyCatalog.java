package cn.gov.baotou.talent.core.policy.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads policies and clauses. Policy text is public: no scope applies. */
@ApplicationScoped
public class PolicyCatalog {

    @PersistenceContext
    EntityManager em;

    public PolicyCatalog() {}

    /** For use outside the container (tests). */
    public PolicyCatalog(EntityManager em) {
        this.em = em;
    }

    /** The three policies in the order of the document, without the covering notice. */
    public List<Policy> policies() {
        return em.createQuery("select p from Policy p where p.ordinal > 0 order by p.ordinal", Policy.class)
                .getResultList();
    }

    public Optional<Policy> policy(String id) {
        return Optional.ofNullable(em.find(Policy.class, id));
    }

    public List<Clause> clauses(String policyId) {
        return em.createQuery("select c from Clause c where c.policy.id = :p order by c.ordinal", Clause.class)
                .setParameter("p", policyId)
                .getResultList();
    }

    /** Every clause of the given policies, in document order: one query for a whole page. */
    public List<Clause> clauses(List<String> policyIds) {
        return em.createQuery(
                        "select c from Clause c join fetch c.policy p where p.id in :ids"
                                + " order by p.ordinal, c.ordinal",
                        Clause.class)
                .setParameter("ids", policyIds)
                .getResultList();
    }

    /** The interpretations of the given clauses, oldest first: one query for a whole page. */
    public List<Interpretation> interpretations(Collection<String> clauseIds) {
        if (clauseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select i from Interpretation i where i.clauseId in :ids order by i.issuedOn, i.id",
                        Interpretation.class)
                .setParameter("ids", clauseIds)
                .getResultList();
    }

    public void add(Interpretation interpretation) {
        em.persist(interpretation);
    }

    public Optional<Clause> clause(String id) {
        return em.createQuery("select c from Clause c join fetch c.policy where c.id = :id", Clause.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }
}
