package cn.gov.baotou.talent.core.audit.boundary;

import cn.gov.baotou.talent.core.audit.control.FieldChange;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hibernate.envers.RevisionType;

/** One revision of a record as the city office reads it: who, when, what kind of change, and each field's change. */
public record RevisionView(long revision, Instant at, String username, String kind, List<FieldChange> changes) {

    private static final DateTimeFormatter BEIJING =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Beijing.ZONE);

    /** The time in Beijing, as the history page shows it. */
    public String beijingTime() {
        return BEIJING.format(at);
    }

    /** Envers' revision types as the API names them. */
    static String kind(RevisionType type) {
        return switch (type) {
            case ADD -> "ADD";
            case MOD -> "MODIFY";
            case DEL -> "DELETE";
        };
    }
}
