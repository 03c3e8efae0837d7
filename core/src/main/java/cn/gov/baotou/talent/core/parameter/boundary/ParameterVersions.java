package cn.gov.baotou.talent.core.parameter.boundary;

import cn.gov.baotou.talent.core.account.boundary.Permitted;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.parameter.control.ParameterFile;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.VersionPlan;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Policy parameters and their versions: anyone reads them (they are in the published policy text); only the city
 * office enters a new version, as a file that is written whole or not at all. Pages and the REST API share it.
 */
@ApplicationScoped
@Transactional
public class ParameterVersions {

    private static final Logger LOG = Logger.getLogger(ParameterVersions.class.getName());

    @Inject
    PolicyParameters parameters;

    @Inject
    Clock clock;

    public ParameterVersions() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ParameterVersions(EntityManager em, Clock clock) {
        this.parameters = new PolicyParameters(em);
        this.clock = clock;
    }

    /** The values in force on {@code date}, by key; empty on a day no version covers. */
    public List<ParameterValue> inForce(LocalDate date) {
        return parameters.history().at(date).all();
    }

    /** Every version of every key, by key and start. */
    public List<ParameterValue> all() {
        return parameters.history().all();
    }

    /** The versions of one key, oldest first. */
    public List<ParameterValue> versions(String key) {
        List<ParameterValue> versions = parameters.history().versions(key);
        if (versions.isEmpty()) {
            throw new NotFound("parameter.key.notFound", key);
        }
        return versions;
    }

    /**
     * Imports a version file (the seed's columns): every row is checked against the stored versions, which stay locked
     * until the end, and any bad row refuses the whole file with every reason. Where a new row takes over from a
     * stored one, the stored one is closed the day before (时间从新, see {@link VersionPlan}).
     */
    @Permitted(Role.CITY_OFFICE)
    public VersionPlan importFile(String text) {
        ParameterFile file = ParameterFile.read(text);
        parameters.lock();
        List<ParameterValue> stored = parameters.values();
        VersionPlan plan = VersionPlan.of(file, parameters.clausePolicies(), stored, LocalDate.now(clock));
        parameters.apply(plan);
        LOG.info(() -> "parameter version imported: " + plan.added().size() + " row(s) added, "
                + plan.closings().size() + " closed");
        return plan;
    }
}
