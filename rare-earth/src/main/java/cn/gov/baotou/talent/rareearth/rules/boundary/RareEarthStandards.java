package cn.gov.baotou.talent.rareearth.rules.boundary;

import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The measures' numbers from the policy parameters: on a given day, or — when the caller gives none — those of the
 * newest version that has begun (时间从新), on today's date if it is still in force, else on its last day.
 */
@ApplicationScoped
public class RareEarthStandards {

    @Inject
    PolicyParameters parameters;

    @Inject
    Clock clock;

    public Parameters on(LocalDate date, String field) {
        return parameters.at(date, field);
    }

    /** Today in Beijing, from the platform's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day whose parameters apply when none is given, for a measure's key. */
    public LocalDate newestDay(String key) {
        return parameters.newestDay(key, LocalDate.now(clock));
    }
}
