package cn.gov.baotou.talent.rareearth.web.boundary;

import cn.gov.baotou.talent.core.registry.entity.District;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The registry's names an exported list shows for codes and ids: districts, and the enterprises of the rows the
 * caller was allowed to read (the rows' own scope decided which ids are asked for), in one query each.
 */
@ApplicationScoped
public class RegistryNames {

    @PersistenceContext
    EntityManager em;

    public RegistryNames() {}

    /** For use outside the container (tests). */
    public RegistryNames(EntityManager em) {
        this.em = em;
    }

    public Map<String, String> districts() {
        Map<String, String> out = new HashMap<>();
        em.createQuery("select d from District d", District.class)
                .getResultList()
                .forEach(d -> out.put(d.code(), d.name()));
        return out;
    }

    public Map<Long, String> enterprises(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select e.id, e.name from Enterprise e where e.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                out.put((Long) r[0], (String) r[1]);
            }
        }
        return out;
    }
}
