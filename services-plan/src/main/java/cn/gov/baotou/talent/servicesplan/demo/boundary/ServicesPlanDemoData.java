package cn.gov.baotou.talent.servicesplan.demo.boundary;

import cn.gov.baotou.talent.core.document.entity.DocumentFiles;
import cn.gov.baotou.talent.core.setup.control.ModuleSeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Synthetic demo cases of the services plan, loaded once into empty tables after core's demo data, each made through
 * the plan's façades by the demo account whose step it is, on its day of 2025 (the 2022 version's service period ended
 * on 2025-12-31): confirmed figures giving quotas of 2 and 1 by revenue and by investment (one enterprise meeting both
 * standards), a figure returned and one waiting; nominations of the March and September windows at every step of the
 * review chain, with two meetings; approved nominees' service items in every state; service requests routed, worked,
 * rated, one resolved late, one overdue and one waiting to be routed. {@code magnet}'s 2025 stays free for the README's
 * walk-through. {@link DemoCases} holds the names and numbers.
 */
@ApplicationScoped
public class ServicesPlanDemoData implements ModuleSeed {

    private static final Logger LOG = Logger.getLogger(ServicesPlanDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentFiles files;

    public ServicesPlanDemoData() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ServicesPlanDemoData(EntityManager em, DocumentFiles files) {
        this.em = em;
        this.files = files;
    }

    @Override
    @Transactional
    public void loadDemoData() {
        if (em.createQuery("select count(f) from EnterpriseFigure f", Long.class)
                                .getSingleResult()
                        > 0
                || em.createQuery("select count(n) from Nomination n", Long.class)
                                .getSingleResult()
                        > 0) {
            return;
        }
        long started = System.nanoTime();
        DemoCases cases = new DemoCases(new DemoOffice(em, files));
        cases.figures();
        cases.nominations();
        cases.serviceItems();
        cases.requests();
        LOG.info(String.format(
                "demo data loaded: services plan, %d figures, %d nominations, %d service requests (synthetic) in %d ms",
                count("EnterpriseFigure"),
                count("Nomination"),
                count("ServiceRequest"),
                (System.nanoTime() - started) / 1_000_000));
    }

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class)
                .getSingleResult();
    }
}
