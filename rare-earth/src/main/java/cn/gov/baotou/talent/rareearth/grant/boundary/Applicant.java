package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Who applies and for whom: an enterprise for itself (the city office names the enterprise it files for), and a
 * person by 身份证号 — found in the registry by its keyed hash, or registered there when new.
 */
final class Applicant {

    private final EntityManager em;
    private final Caller caller;

    Applicant(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    Enterprise enterprise(String enterpriseId) {
        if (caller.is(Role.ENTERPRISE)) {
            return em.find(Enterprise.class, caller.scope().enterpriseId());
        }
        Enterprise e = null;
        try {
            e = enterpriseId == null ? null : em.find(Enterprise.class, Long.valueOf(enterpriseId.strip()));
        } catch (NumberFormatException ignored) {
            // refused below like an unknown one
        }
        if (e == null) {
            throw new InvalidInput(
                    List.of(FieldError.of("enterpriseId", "ledger.enterprise.unknown", String.valueOf(enterpriseId))));
        }
        return e;
    }

    long person(String name, IdCardNumber number) {
        List<Person> found = em.createQuery("select p from Person p where p.idNumberHash = :h", Person.class)
                .setParameter("h", Person.hashOf(number))
                .getResultList();
        if (!found.isEmpty()) {
            Person p = found.get(0);
            if (!p.name().equals(name)) {
                throw new InvalidInput(List.of(
                        RareEarthMessages.error("personName", "application.person.nameDiffers", number.masked())));
            }
            return p.id();
        }
        Person p = new Person(name, number, null, null);
        em.persist(p);
        em.flush();
        return p.id();
    }
}
