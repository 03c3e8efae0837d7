package cn.gov.baotou.talent.core.audit.boundary;

import cn.gov.baotou.talent.core.account.boundary.Permitted;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.control.AuditedState;
import cn.gov.baotou.talent.core.audit.control.AuditedTypes;
import cn.gov.baotou.talent.core.audit.entity.AuditTrail;
import cn.gov.baotou.talent.core.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.RevisionType;

/**
 * The history of any audited record, for the city office only: every revision, who made it and when, and each field
 * before and after. It only reads: history is written by Envers as records change, and by nothing else.
 */
@ApplicationScoped
@Transactional
@Permitted(Role.CITY_OFFICE)
public class AuditHistory {

    @Inject
    AuditTrail trail;

    public AuditHistory() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public AuditHistory(EntityManager em) {
        this.trail = new AuditTrail(em);
    }

    /** The record types that have a history, as the URL names them. */
    public List<String> types() {
        return AuditedTypes.all().stream().map(AuditedTypes.Type::name).toList();
    }

    /** Oldest first; an unknown type, a malformed id or a record never stored are all not found. */
    public List<RevisionView> of(String type, String id) {
        AuditedTypes.Type t = AuditedTypes.named(type).orElseThrow(() -> new NotFound("audit.type.notFound", type));
        Object key = AuditedTypes.id(t, id).orElseThrow(() -> new NotFound("audit.record.notFound", id));
        List<AuditTrail.Revisioned> revisions = trail.of(t.entity(), key);
        if (revisions.isEmpty()) {
            throw new NotFound("audit.record.notFound", id);
        }
        List<RevisionView> views = new ArrayList<>();
        AuditedState before = AuditedState.NONE;
        for (AuditTrail.Revisioned r : revisions) {
            AuditedState after =
                    r.kind() == RevisionType.DEL ? AuditedState.NONE : AuditedState.of(r.state(), trail::identifier);
            views.add(new RevisionView(
                    r.revision().id(),
                    r.revision().changedAt(),
                    r.revision().username(),
                    RevisionView.kind(r.kind()),
                    before.changesTo(after)));
            before = after;
        }
        return views;
    }
}
