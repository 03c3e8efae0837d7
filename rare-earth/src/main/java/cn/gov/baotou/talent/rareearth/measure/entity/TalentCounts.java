package cn.gov.baotou.talent.rareearth.measure.entity;

import cn.gov.baotou.talent.rareearth.measure.control.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The talents a programme took up at rare-earth 规上 enterprises, read from core's talent records (人才档案): how
 * measure 2 counts intake's PhDs and masters without knowing intake, with district and month.
 */
@ApplicationScoped
public class TalentCounts {

    @PersistenceContext
    EntityManager em;

    public TalentCounts() {}

    /** For use outside the container (tests). */
    public TalentCounts(EntityManager em) {
        this.em = em;
    }

    /**
     * One per person taken up by any of the programmes in the category, started in [from, to] at a rare-earth 规上
     * enterprise (in one district, when given); a person two programmes recorded (intake's hire, then this module's
     * subsidy) counts once, first.
     */
    public List<Tally.Counted> rareEarth(
            List<String> programmes, String category, LocalDate from, LocalDate to, String districtCode) {
        Map<Long, Tally.Counted> first = new LinkedHashMap<>();
        var query = em.createQuery(
                        "select r.personId, r.districtCode, r.startedOn"
                                + " from TalentRecord r, Enterprise e where e.id = r.enterpriseId"
                                + " and r.programme in :p and r.category = :c and r.startedOn between :from and :to"
                                + " and e.rareEarth = true and e.aboveDesignatedSize = true"
                                + (districtCode == null ? "" : " and r.districtCode = :district")
                                + " order by r.startedOn, r.id",
                        Object[].class)
                .setParameter("p", programmes)
                .setParameter("c", category)
                .setParameter("from", from)
                .setParameter("to", to);
        if (districtCode != null) {
            query.setParameter("district", districtCode);
        }
        for (Object[] r : query.getResultList()) {
            first.putIfAbsent((Long) r[0], new Tally.Counted((String) r[1], (LocalDate) r[2], 1));
        }
        return List.copyOf(first.values());
    }
}
