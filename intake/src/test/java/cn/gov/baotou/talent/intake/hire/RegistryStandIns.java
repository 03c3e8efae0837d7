package cn.gov.baotou.talent.intake.hire;

import cn.gov.baotou.talent.core.registry.boundary.PersonForm;
import cn.gov.baotou.talent.core.registry.boundary.PersonRegistry;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.registry.entity.Persons;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Core's registry beans outside the container, over a test's entity manager: they have no constructor for one, so
 * these answer the few calls intake makes exactly as the beans' own queries do (core's tests cover the beans).
 */
final class RegistryStandIns {

    private RegistryStandIns() {}

    static Persons persons(EntityManager em) {
        return new Persons() {
            @Override
            public Optional<Person> byIdNumber(IdCardNumber number) {
                return em.createQuery("select p from Person p where p.idNumberHash = :h", Person.class)
                        .setParameter("h", Person.hashOf(number))
                        .getResultStream()
                        .findFirst();
            }

            @Override
            public Optional<Person> byId(long id) {
                return Optional.ofNullable(em.find(Person.class, id));
            }
        };
    }

    static PersonRegistry registry(EntityManager em) {
        return new PersonRegistry() {
            @Override
            public Person register(PersonForm form) {
                Person p = new Person(form.name(), IdCardNumber.of(form.idNumber()), form.birthDate(), form.phone());
                em.persist(p);
                return p;
            }
        };
    }

    static Enterprises enterprises(EntityManager em) {
        return new Enterprises() {
            @Override
            public List<Industry> industries() {
                return em.createQuery("select i from Industry i order by i.keyIndustry desc, i.code", Industry.class)
                        .getResultList();
            }
        };
    }
}
