package cn.gov.baotou.talent.servicesplan.proactive.control;

import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When the proactive notice (免申即享) of a window is due: from two weeks before the window opens until it closes (a
 * day missed — the server down, a holiday — is made up the next day), and only for a window inside the service period
 * (services-plan.5.1, 7).
 */
public final class NoticeTiming {

    /** Two weeks before the window opens. */
    public static final int LEAD_DAYS = 14;

    private NoticeTiming() {}

    /** The window whose notice is due on {@code today}, if any. */
    public static Optional<ApplicationWindows.Window> due(
            LocalDate today, ApplicationWindows windows, LocalDate periodEnd) {
        ApplicationWindows.Window w = windows.containingOrNext(today);
        boolean inLead = !today.isBefore(w.start().minusDays(LEAD_DAYS));
        boolean inPeriod = periodEnd == null || !w.start().isAfter(periodEnd);
        return inLead && inPeriod ? Optional.of(w) : Optional.empty();
    }
}
