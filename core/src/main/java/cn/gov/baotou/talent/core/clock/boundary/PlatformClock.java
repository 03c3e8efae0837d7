package cn.gov.baotou.talent.core.clock.boundary;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.clock.control.ClockSetting;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the platform's {@link Clock}, in Beijing time, for every bean that needs today or now: the only place the
 * system's time is read (an ArchUnit rule keeps it so).
 */
@ApplicationScoped
public class PlatformClock {

    private static final Logger LOG = Logger.getLogger(PlatformClock.class.getName());

    @Inject
    @ConfigProperty(name = "talent.clock")
    Optional<String> setting;

    @Inject
    @ConfigProperty(name = "talent.demo.data", defaultValue = "true")
    boolean demoData;

    private Clock clock;

    @PostConstruct
    void start() {
        clock = ClockSetting.of(setting.orElse(null), demoData, Clock.system(Beijing.ZONE));
        if (setting.isPresent() && !setting.get().isBlank()) {
            LOG.warning("TALENT_CLOCK: the platform's clock starts at "
                    + clock.instant().atZone(Beijing.ZONE) + ", not the system's time (a demo or test platform)");
        }
    }

    /** Dependent: a {@code Clock} is a plain value, and an injected field should hold the clock itself. */
    @Produces
    public Clock clock() {
        return clock;
    }
}
