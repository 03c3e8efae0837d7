package cn.gov.baotou.talent.rareearth.measure.entity;

import cn.gov.baotou.talent.core.ledger.entity.ClauseFunding;
import cn.gov.baotou.talent.core.ledger.entity.ClauseFunding.Figures;
import cn.gov.baotou.talent.core.ledger.entity.ClauseFunding.Within;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The money of the measures as the core ledger holds it, asked of core's {@link ClauseFunding} (never the ledger's
 * tables): the grants booked on each rare-earth clause — or, as the measure's own figures, for measure 2, which is
 * intake's subsidy, the PhD and master subsidies of rare-earth 规上 enterprises whichever policy booked them.
 */
@ApplicationScoped
public class MeasureFunding {

    public static final String POLICY = "rare-earth";
    public static final String INTRO_SUBSIDY = "TALENT_INTRO_SUBSIDY";

    @Inject
    ClauseFunding ledger;

    public MeasureFunding() {}

    /** For use outside the container (tests). */
    public MeasureFunding(EntityManager em) {
        this.ledger = new ClauseFunding(em);
    }

    /** What the ledger holds on each rare-earth clause (rare-earth.2: see {@link #measures}). */
    public Map<String, Figures> booked(Within within) {
        return ledger.byClause(POLICY, within);
    }

    /** Each measure's money by its clause, measure 2 as the subsidies of rare-earth 规上 enterprises. */
    public Map<String, Figures> measures(Within within) {
        Map<String, Figures> out = new HashMap<>(booked(within));
        out.put("rare-earth.2", ledger.ofPurpose(INTRO_SUBSIDY, true, within));
        return out;
    }
}
