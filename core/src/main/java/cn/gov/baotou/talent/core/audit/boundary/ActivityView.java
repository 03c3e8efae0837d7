package cn.gov.baotou.talent.core.audit.boundary;

import cn.gov.baotou.talent.core.audit.entity.ActivityEntry;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** One step of a case's timeline as pages and the API show it. */
public record ActivityView(
        Instant at, String actor, String action, String fromState, String toState, String reason, Long documentId) {

    private static final DateTimeFormatter BEIJING =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    public static ActivityView of(ActivityEntry e) {
        return new ActivityView(e.at(), e.actor(), e.action(), e.fromState(), e.toState(), e.reason(), e.documentId());
    }

    /** The time in Beijing, to the minute, as the timeline shows it. */
    public String beijingTime() {
        return BEIJING.format(at);
    }
}
