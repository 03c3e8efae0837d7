package cn.gov.baotou.talent.core.registry.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Persons of the registry, found by id or by the keyed hash of their ID number. */
@ApplicationScoped
public class Persons {

    @PersistenceContext
    EntityManager em;

    public Optional<Person> byId(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    public Optional<Person> byIdNumber(IdCardNumber number) {
        return em.createQuery("select p from Person p where p.idNumberHash = :h", Person.class)
                .setParameter("h", Person.hashOf(number))
                .getResultStream()
                .findFirst();
    }

    public void add(Person p) {
        em.persist(p);
    }
}
