package cn.gov.baotou.talent.rareearth.record.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.rareearth.record.control.RecordKind;
import cn.gov.baotou.talent.rareearth.record.entity.MeasureRecord;
import cn.gov.baotou.talent.rareearth.record.entity.MeasureRecords;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.rest.TypedFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Records the cases of measures 4, 8, 14 and 15, by whom each measure makes responsible, read within scope. */
@ApplicationScoped
@Transactional
public class RecordDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    MeasureRecords records;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public RecordDesk() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public RecordDesk(EntityManager em, Caller caller, Clock clock) {
        this.em = em;
        this.records = new MeasureRecords(em);
        this.caller = caller;
        this.clock = clock;
    }

    public MeasureRecord record(int measureNo, RecordForm f) {
        RecordKind k = kind(measureNo);
        if (!mayRecord(k)) {
            throw new Forbidden("record measure " + measureNo);
        }
        Set<String> required = new HashSet<>(Set.of("kind", "title", "counterpart", "startedOn"));
        if (k.needsTerms()) {
            required.add("terms");
        }
        TypedFields in = new TypedFields(required);
        String kind = in.oneOf("kind", f.kind(), k.kinds());
        String title = in.text("title", f.title(), 200);
        String counterpart = in.text("counterpart", f.counterpart(), 200);
        Enterprise e = enterprise(k, f.enterpriseId(), in);
        String district = district(k, e, f.districtCode(), in);
        LocalDate start = in.date("startedOn", f.startedOn());
        LocalDate end = TypedFields.blank(f.endedOn()) == null ? null : in.date("endedOn", f.endedOn());
        if (start != null && end != null && end.isBefore(start)) {
            in.add(RareEarthMessages.error("endedOn", "record.period.backwards", start));
        }
        Integer people = TypedFields.blank(f.people()) == null ? null : in.integer("people", f.people(), 0);
        String terms =
                TypedFields.blank(f.terms()) == null && !k.needsTerms() ? null : in.text("terms", f.terms(), 4000);
        in.check();
        MeasureRecord r = new MeasureRecord(
                measureNo,
                kind,
                title,
                counterpart,
                e == null ? null : e.id(),
                district,
                start,
                end,
                people,
                terms,
                caller.getUsername(),
                clock.instant());
        records.add(r);
        return r;
    }

    public List<MeasureRecord> of(int measureNo, int first, int max) {
        return records.of(kind(measureNo).measureNo(), readers(kind(measureNo)), first, max);
    }

    public long count(int measureNo) {
        return records.count(measureNo, readers(kind(measureNo)));
    }

    public boolean mayRecord(int measureNo) {
        return mayRecord(kind(measureNo));
    }

    private boolean mayRecord(RecordKind k) {
        return k.recordedBy(
                caller.role(), caller.scope() == null ? null : caller.scope().departmentCode());
    }

    private Visibility readers(RecordKind k) {
        boolean department = caller.is(Role.DEPARTMENT)
                && k.department() != null
                && k.department().equals(caller.scope().departmentCode());
        return department ? Visibility.EVERYTHING : caller.visibility();
    }

    private static RecordKind kind(int measureNo) {
        RecordKind k = RecordKind.of(measureNo);
        if (k == null) {
            throw new NotFound(RareEarthMessages.ref("record.measure.none"), measureNo);
        }
        return k;
    }

    private Enterprise enterprise(RecordKind k, String id, TypedFields in) {
        if (caller.is(Role.ENTERPRISE)) {
            return em.find(Enterprise.class, caller.scope().enterpriseId());
        }
        String text = TypedFields.blank(id);
        Enterprise e = null;
        try {
            e = text == null ? null : em.find(Enterprise.class, Long.valueOf(text));
        } catch (NumberFormatException ignored) {
            // refused below as unknown
        }
        boolean outside = e != null
                && caller.is(Role.DISTRICT_OFFICE)
                && !e.district().code().equals(caller.scope().districtCode());
        if ((text != null && e == null) || outside) {
            in.add(RareEarthMessages.error("enterpriseId", "record.enterprise.unknown", text));
            return null;
        }
        if (e == null && k.needsEnterprise()) {
            in.add(RareEarthMessages.error("enterpriseId", "field.required"));
        }
        return e;
    }

    private String district(RecordKind k, Enterprise e, String code, TypedFields in) {
        if (caller.is(Role.DISTRICT_OFFICE)) {
            return caller.scope().districtCode();
        }
        if (e != null) {
            return e.district().code();
        }
        String text = TypedFields.blank(code);
        if (text != null && em.find(District.class, text) == null) {
            in.add(RareEarthMessages.error("districtCode", "filing.district.unknown", text));
            return null;
        }
        if (text == null && k.needsDistrict()) {
            in.add(RareEarthMessages.error("districtCode", "field.required"));
        }
        return text;
    }
}
