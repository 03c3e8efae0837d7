package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The registry's names the application pages show: the enterprise and the person of an application the caller sees. */
@ApplicationScoped
public class ApplicantNames {

    @PersistenceContext
    EntityManager em;

    public ApplicantNames() {}

    /** For use outside the container (tests). */
    public ApplicantNames(EntityManager em) {
        this.em = em;
    }

    public String enterprise(SupportApplication a) {
        Enterprise e = em.find(Enterprise.class, a.enterpriseId());
        return e == null ? String.valueOf(a.enterpriseId()) : e.name();
    }

    public String person(SupportApplication a) {
        Person p = a.personId() == null ? null : em.find(Person.class, a.personId());
        return p == null ? null : p.name();
    }

    /** The districts' names by code. */
    public Map<String, String> districts() {
        Map<String, String> out = new HashMap<>();
        em.createQuery("select d from District d", District.class)
                .getResultList()
                .forEach(d -> out.put(d.code(), d.name()));
        return out;
    }

    /** The rare-earth enterprises the city office may file for. */
    public List<Enterprise> rareEarthEnterprises() {
        return em.createQuery("select e from Enterprise e where e.rareEarth = true order by e.name", Enterprise.class)
                .getResultList();
    }
}
