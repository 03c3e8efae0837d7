package cn.gov.baotou.talent.core.audit.boundary;

import cn.gov.baotou.talent.core.audit.entity.ActivityEntries;
import cn.gov.baotou.talent.core.audit.entity.ActivityEntry;
import cn.gov.baotou.talent.core.audit.entity.RevisionCaller;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The activity feed of every case (流程记录). A module's state machine records each transition here from its own
 * {@code @Transactional} boundary: the entry joins that transaction and is kept only if the transition is. The feed
 * is append-only, and a module checks that the caller may see a case before showing its entries.
 */
@ApplicationScoped
public class ActivityLog {

    public static final int MAX_REASON = 2000;
    private static final Pattern CASE_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    @Inject
    ActivityEntries entries;

    Supplier<String> actor = RevisionCaller::current;

    @Inject
    Clock clock;

    public ActivityLog() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ActivityLog(EntityManager em, Supplier<String> actor, Clock clock) {
        this.entries = new ActivityEntries(em);
        this.actor = actor;
        this.clock = clock;
    }

    /** Records a transition without a document; see {@link #record(String, long, String, String, String, String, Long)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActivityEntry record(String caseType, long caseId, String action, String from, String to, String reason) {
        return record(caseType, caseId, action, from, to, reason, null);
    }

    /**
     * Records that the signed-in caller (or "system") did {@code action} on a case ({@code caseType} such as
     * {@code intake.hire}), moving it from one state to another, with the reason or opinion given and the document it
     * rests on. Codes are the module's; a reason longer than {@link #MAX_REASON} is refused as field {@code reason}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActivityEntry record(
            String caseType, long caseId, String action, String from, String to, String reason, Long documentId) {
        if (caseType == null
                || caseType.length() > 40
                || !CASE_TYPE.matcher(caseType).matches()) {
            throw new IllegalArgumentException("a case type is module.case, such as intake.hire: " + caseType);
        }
        code(action, 60, "action", false);
        code(from, 40, "from state", true);
        code(to, 40, "to state", true);
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > MAX_REASON) {
            throw new InvalidInput("reason", "activity.reason.tooLong", String.valueOf(MAX_REASON));
        }
        ActivityEntry e =
                new ActivityEntry(caseType, caseId, clock.instant(), actor.get(), action, from, to, text, documentId);
        entries.append(e);
        return e;
    }

    /** A case's entries in the order they happened; the caller has checked that the case is visible. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActivityView> entries(String caseType, long caseId) {
        return entries.of(caseType, caseId).stream().map(ActivityView::of).toList();
    }

    private static void code(String value, int max, String what, boolean optional) {
        if (value == null && optional) {
            return;
        }
        if (value == null || value.length() > max || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("an activity's " + what + " is a code of at most " + max
                    + " letters, digits, '_', '.' or '-': " + value);
        }
    }
}
