package cn.gov.baotou.talent.core.parameter.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.boundary.Permitted;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.parameter.control.DraftComparison;
import cn.gov.baotou.talent.core.parameter.control.DraftStart;
import cn.gov.baotou.talent.core.parameter.control.ParameterCsv;
import cn.gov.baotou.talent.core.parameter.control.ParameterFile;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.VersionPlan;
import cn.gov.baotou.talent.core.parameter.entity.ParameterDraft;
import cn.gov.baotou.talent.core.parameter.entity.ParameterDrafts;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * 参数草稿: the city office's drafts of a policy version — made as a copy of the newest version or from a version file,
 * edited, deleted, compared with the version in force by the budget forecast, and promoted by the import when adopted.
 * A draft is checked as the import would check it today, so that what is weighed could become a version as it stands;
 * it is stored apart from the versions and no rule reads it.
 */
@ApplicationScoped
@Transactional
@Permitted(Role.CITY_OFFICE)
public class ParameterDraftDesk {

    private static final Logger LOG = Logger.getLogger(ParameterDraftDesk.class.getName());

    @Inject
    PolicyParameters parameters;

    @Inject
    ParameterDrafts drafts;

    @Inject
    ParameterVersions versions;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private Supplier<String> username = () -> caller.getUsername();

    public ParameterDraftDesk() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ParameterDraftDesk(EntityManager em, Clock clock, String username) {
        this.parameters = new PolicyParameters(em);
        this.drafts = new ParameterDrafts(em);
        this.versions = new ParameterVersions(em, clock);
        this.clock = clock;
        this.username = () -> username;
    }

    /** Every draft, newest first, without its values. */
    public List<DraftView> all() {
        return drafts.all().stream()
                .map(d -> DraftView.of(d, drafts.values(d.id())).summary())
                .toList();
    }

    public DraftView one(long id) {
        ParameterDraft d = find(id, false);
        return DraftView.of(d, drafts.values(id));
    }

    /** The draft as a version file (the import's columns), to download or hand to the import. */
    public String csv(long id) {
        find(id, false);
        return ParameterCsv.write(drafts.values(id));
    }

    /**
     * What each key of the draft would be without it, on the draft's first day: the value in force then, or the newest
     * version's (时间从新) — the "现行" column beside the draft's values.
     */
    public Map<String, ParameterValue> reference(long id) {
        find(id, false);
        LocalDate first = drafts.values(id).stream()
                .map(ParameterValue::validFrom)
                .min(Comparator.naturalOrder())
                .orElse(today());
        Map<String, ParameterValue> byKey = new TreeMap<>();
        parameters.history().newestOn(first).all().forEach(v -> byKey.put(v.key(), v));
        return byKey;
    }

    /** Where a copy of the newest version begins when the caller gives no day (see {@link DraftStart}). */
    public LocalDate suggestedStart() {
        return DraftStart.after(parameters.history().newestOn(today()).all(), today());
    }

    /** A label for a version beginning on {@code start}: its year, or with b, c, … when a stored version has it. */
    public String suggestedVersion(LocalDate start) {
        return DraftStart.label(
                start,
                parameters.history().all().stream().map(ParameterValue::version).collect(Collectors.toSet()));
    }

    /**
     * A draft that copies every value of the newest version (in force today, or the last one that ended), each under
     * the new version label and period, for the city office to change what it weighs.
     */
    public DraftView copyOfNewest(String name, String versionLabel, LocalDate validFrom, LocalDate validTo) {
        String named = named(name);
        String label = versionLabel == null ? "" : versionLabel.strip();
        if (!ParameterFile.isVersion(label)) {
            throw new InvalidInput("version", "parameter.version.malformed", label);
        }
        if (validFrom == null) {
            throw new InvalidInput("validFrom", "draft.validFrom.required", "");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidInput(List.of(FieldError.of(
                    "validTo", "parameter.validTo.beforeFrom", validTo.toString(), validFrom.toString())));
        }
        List<ParameterValue> copied = parameters.history().newestOn(today()).all().stream()
                .map(v -> new ParameterValue(
                        v.key(),
                        v.policyId(),
                        v.clauseId(),
                        v.type(),
                        v.value(),
                        v.unit(),
                        v.description(),
                        label,
                        validFrom,
                        validTo))
                .toList();
        return create(named, checked(ParameterCsv.write(copied)));
    }

    /** A draft from a version file, refused whole (every bad row named) as the import would refuse it today. */
    public DraftView upload(String name, String text) {
        return create(named(name), checked(text));
    }

    /** Replaces a draft's values (and name) with the rows given, checked as one file: row 2 is the first value. */
    public DraftView change(long id, String name, List<ParameterValue> values) {
        return replace(id, name, ParameterCsv.write(values));
    }

    /** Replaces a draft's values (and name) with a version file's rows. */
    public DraftView replace(long id, String name, String text) {
        String named = named(name);
        ParameterDraft d = editable(id);
        List<ParameterValue> values = checked(text);
        d.rename(named);
        drafts.replaceValues(d, values);
        return DraftView.of(d, drafts.values(id));
    }

    public void delete(long id) {
        drafts.remove(find(id, true));
        LOG.info(() -> "parameter draft " + id + " deleted by " + username.get());
    }

    /**
     * Adopts the draft as a policy version through the existing import (every check of a version file again, against
     * the versions as they are now); the draft is kept, marked promoted, and can no longer change.
     */
    public VersionPlan promote(long id) {
        ParameterDraft d = editable(id);
        VersionPlan plan = versions.importFile(ParameterCsv.write(drafts.values(id)));
        d.promoted(username.get(), today());
        LOG.info(() -> "parameter draft " + id + " promoted by " + username.get() + ": "
                + plan.added().size() + " value(s) added, " + plan.closings().size() + " closed");
        return plan;
    }

    /** The draft beside the versions for {@code year}; refused naming "year" when no value of the draft holds then. */
    public DraftComparison compare(long id, int year) {
        ParameterDraft d = find(id, false);
        return DraftComparison.of(parameters.history(), drafts.values(id), year)
                .orElseThrow(() -> new InvalidInput(
                        List.of(FieldError.of("year", "draft.year.notCovered", String.valueOf(year), d.name()))));
    }

    private DraftView create(String name, List<ParameterValue> values) {
        ParameterDraft d = drafts.add(new ParameterDraft(name, username.get(), today()), values);
        LOG.info(() ->
                "parameter draft " + d.id() + " created by " + username.get() + ": " + values.size() + " value(s)");
        return DraftView.of(d, drafts.values(d.id()));
    }

    /** The rows of a version file that the import would accept today, or every reason it would not. */
    private List<ParameterValue> checked(String text) {
        ParameterFile file = ParameterFile.read(text);
        VersionPlan.of(file, parameters.clausePolicies(), parameters.values(), today());
        return file.rows().stream().map(ParameterFile.Row::value).toList();
    }

    private static String named(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new InvalidInput("name", "draft.name.required", "");
        }
        if (n.length() > ParameterDraft.NAME_MAX) {
            throw new InvalidInput("name", "draft.name.tooLong", String.valueOf(ParameterDraft.NAME_MAX));
        }
        return n;
    }

    private ParameterDraft editable(long id) {
        ParameterDraft d = find(id, true);
        if (d.isPromoted()) {
            throw new Conflict("draft.promoted", d.name(), d.promotedOn().toString());
        }
        return d;
    }

    private ParameterDraft find(long id, boolean lock) {
        return drafts.find(id, lock).orElseThrow(() -> new NotFound("draft.notFound", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
