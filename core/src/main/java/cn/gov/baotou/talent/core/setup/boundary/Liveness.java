package cn.gov.baotou.talent.core.setup.boundary;

import cn.gov.baotou.talent.core.setup.control.BootId;
import cn.gov.baotou.talent.core.setup.entity.PlatformInstances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** This instance's heartbeat, in a transaction of its own: the boot ids alive, this one among them. */
@ApplicationScoped
public class Liveness {

    @Inject
    PlatformInstances instances;

    @Inject
    @ConfigProperty(name = "talent.work.dead-after-minutes", defaultValue = "3")
    int deadAfterMinutes;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<String> seen() {
        return instances.seen(BootId.current(), Duration.ofMinutes(Math.max(1, deadAfterMinutes)));
    }
}
