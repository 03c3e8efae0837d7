package cn.gov.baotou.talent.core.parameter.entity;

import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored drafts and their values. Values are changed row by row (matched by key and first day) and removed one by
 * one, never by a bulk statement, so that the audit trail keeps every change of a draft.
 */
@ApplicationScoped
public class ParameterDrafts {

    @PersistenceContext
    EntityManager em;

    public ParameterDrafts() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ParameterDrafts(EntityManager em) {
        this.em = em;
    }

    /** Every draft, newest first. */
    public List<ParameterDraft> all() {
        return em.createQuery("select d from ParameterDraft d order by d.id desc", ParameterDraft.class)
                .getResultList();
    }

    public Optional<ParameterDraft> find(long id, boolean lock) {
        return Optional.ofNullable(
                em.find(ParameterDraft.class, id, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE));
    }

    /** The draft's values in the order of its rows, as values (not entities). */
    public List<ParameterValue> values(long draftId) {
        return rows(draftId).stream().map(DraftValue::toValue).toList();
    }

    public ParameterDraft add(ParameterDraft draft, List<ParameterValue> values) {
        em.persist(draft);
        em.flush();
        replaceValues(draft, values);
        return draft;
    }

    /**
     * Makes the draft's values exactly {@code values}, in that order: a row of the same key and first day is changed
     * in place, the others are removed or added.
     */
    public void replaceValues(ParameterDraft draft, List<ParameterValue> values) {
        Map<String, DraftValue> stored = new HashMap<>();
        for (DraftValue row : rows(draft.id())) {
            stored.put(identity(row.key(), row.validFrom()), row);
        }
        int rowNo = 0;
        for (ParameterValue v : values) {
            rowNo++;
            DraftValue row = stored.remove(identity(v.key(), v.validFrom()));
            if (row == null) {
                em.persist(new DraftValue(draft.id(), rowNo, v));
            } else {
                row.change(rowNo, v);
            }
        }
        stored.values().forEach(em::remove);
        em.flush();
    }

    /** Removes the draft and its values; the audit trail keeps them. */
    public void remove(ParameterDraft draft) {
        rows(draft.id()).forEach(em::remove);
        em.remove(draft);
        em.flush();
    }

    private List<DraftValue> rows(long draftId) {
        return em.createQuery(
                        "select v from DraftValue v where v.draftId = :d order by v.rowNo, v.id", DraftValue.class)
                .setParameter("d", draftId)
                .getResultList();
    }

    private static String identity(String key, java.time.LocalDate validFrom) {
        return key + "@" + validFrom;
    }
}
