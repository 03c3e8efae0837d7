package cn.gov.baotou.talent.core.setup.boundary;

import cn.gov.baotou.talent.core.calendar.control.HolidayNotice;
import cn.gov.baotou.talent.core.calendar.control.NoticeEntered;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.parameter.control.ParameterFile;
import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.UploadedText;
import cn.gov.baotou.talent.core.parameter.control.VersionPlan;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Interpretation;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.registry.entity.CreditCode;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Loads reference data into an empty database, and the synthetic demo data when asked to; each in one transaction. */
@ApplicationScoped
public class SeedImport {

    private static final Logger LOG = Logger.getLogger(SeedImport.class.getName());
    private static final int FIRST_CALENDAR_YEAR = 2022;
    /** Who recorded the interpretations the platform ships: no account, the platform itself. */
    public static final String PLATFORM = "platform";

    private static final Instant SEEDED = Instant.parse("2022-05-30T00:00:00Z");

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarDays calendarDays;

    @Inject
    PolicyParameters parameters;

    @Inject
    Clock clock;

    @Inject
    Event<NoticeEntered> entered;

    Consumer<NoticeEntered> announce = e -> entered.fire(e);

    public SeedImport() {}

    /**
     * For use outside the container (tests), with an entity manager whose transaction the caller runs: the notices are
     * stamped as loaded at the seeds' own first day, and nobody is told of them.
     */
    public SeedImport(EntityManager em) {
        this.em = em;
        this.calendarDays = new CalendarDays(em);
        this.parameters = new PolicyParameters(em);
        this.clock = Clock.fixed(SEEDED, Beijing.ZONE);
        this.announce = e -> {};
    }

    @Transactional
    public boolean importReferenceData() {
        if (count("District") > 0) {
            return false;
        }
        SeedFiles files = new SeedFiles(SeedImport.class.getClassLoader());
        for (Map<String, String> r : files.csv("seeds/reference/districts.csv")) {
            em.persist(new District(r.get("code"), r.get("name"), r.get("shortName"), r.get("nameEn"), r.get("kind")));
        }
        for (Map<String, String> r : files.csv("seeds/reference/industries.csv")) {
            em.persist(new Industry(
                    r.get("code"), r.get("name"), r.get("nameEn"), Boolean.parseBoolean(r.get("keyIndustry"))));
        }
        Map<String, Policy> policies = new HashMap<>();
        for (SeedFiles.PolicyRow p : files.policies()) {
            Policy policy = new Policy(
                    p.id(),
                    p.documentNumber(),
                    p.title(),
                    p.titleEn(),
                    p.shortTitle(),
                    p.issuedOn(),
                    p.validFrom(),
                    p.validTo(),
                    p.ordinal());
            em.persist(policy);
            policies.put(p.id(), policy);
        }
        em.flush();
        // parents before children: the clause file is in document order, which puts them so
        for (SeedFiles.ClauseRow c : files.clauses()) {
            em.persist(new Clause(
                    c.id(),
                    policies.get(c.policyId()),
                    c.parentId(),
                    c.ordinal(),
                    c.number(),
                    c.heading(),
                    c.text(),
                    c.textEn(),
                    c.leadUnits(),
                    c.responsibleUnits()));
        }
        LOG.info("reference data loaded: districts, industries, policies and clauses");
        return true;
    }

    /**
     * Loads the 解释口径 the platform ships (平台默认口径，待市委人才办确认) that are not recorded yet — on a new database
     * and on one that predates them alike; one the city office recorded itself is never touched. Returns how many.
     */
    @Transactional
    public int importInterpretations() {
        SeedFiles files = new SeedFiles(SeedImport.class.getClassLoader());
        int loaded = 0;
        for (SeedFiles.InterpretationRow r : files.interpretations()) {
            long present = em.createQuery(
                            "select count(i) from Interpretation i where i.clauseId = :clause"
                                    + " and i.issuedOn = :day and i.recordedBy = :by",
                            Long.class)
                    .setParameter("clause", r.clauseId())
                    .setParameter("day", r.issuedOn())
                    .setParameter("by", PLATFORM)
                    .getSingleResult();
            if (present == 0) {
                em.persist(new Interpretation(r.clauseId(), r.issuedOn(), r.documentNumber(), r.text(), PLATFORM));
                loaded++;
            }
        }
        if (loaded > 0) {
            LOG.info("clause interpretations loaded: " + loaded + " of the platform's default readings");
        }
        return loaded;
    }

    @Transactional
    public boolean importDemoData() {
        if (count("Enterprise") > 0) {
            return false;
        }
        SeedFiles files = new SeedFiles(SeedImport.class.getClassLoader());
        int enterprises = 0;
        for (Map<String, String> r : files.csv("seeds/demo/enterprises.csv")) {
            Enterprise e = new Enterprise(
                    CreditCode.of(r.get("creditCode")),
                    r.get("name"),
                    em.getReference(District.class, r.get("districtCode")),
                    em.getReference(Industry.class, r.get("industryCode")));
            e.classify(
                    Boolean.parseBoolean(r.get("aboveDesignatedSize")),
                    Boolean.parseBoolean(r.get("highTech")),
                    blankToNull(r.get("highTechCertificateNo")),
                    date(r.get("highTechValidTo")),
                    new BigDecimal(r.get("keyProjectInvestmentYuan")),
                    Boolean.parseBoolean(r.get("rareEarth")));
            e.recordIndustrial(!"false".equals(r.get("industrial")));
            em.persist(e);
            enterprises++;
        }
        int persons = 0;
        for (Map<String, String> r : files.csv("seeds/demo/persons.csv")) {
            em.persist(new Person(
                    r.get("name"),
                    IdCardNumber.of(r.get("idNumber")),
                    date(r.get("birthDate")),
                    blankToNull(r.get("phone"))));
            persons++;
        }
        LOG.info("demo data loaded: " + enterprises + " enterprises, " + persons + " persons (synthetic)");
        return true;
    }

    /**
     * Loads the holiday notices of the seed years ({@code seeds/calendar/2022.json} on, until a year has no file) that
     * are not entered yet; a year the city office entered itself is left alone. Returns the years loaded.
     */
    @Transactional
    public List<Integer> importCalendar() {
        Set<Integer> entered =
                calendarDays.years().stream().map(CalendarYear::year).collect(Collectors.toSet());
        List<Integer> loaded = new ArrayList<>();
        for (int year = FIRST_CALENDAR_YEAR; ; year++) {
            String path = "seeds/calendar/" + year + ".json";
            try (InputStream in = SeedImport.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    break;
                }
                if (entered.contains(year)) {
                    continue;
                }
                HolidayNotice notice = HolidayNotice.read(new InputStreamReader(in, StandardCharsets.UTF_8));
                if (notice.year() != year) {
                    throw new IllegalStateException(path + " holds the notice of " + notice.year());
                }
                calendarDays.replace(notice, LocalDateTime.now(clock));
                loaded.add(year);
            } catch (IOException e) {
                throw new UncheckedIOException(path, e);
            }
        }
        if (!loaded.isEmpty()) {
            LOG.info("working-day calendar loaded: holiday notices of " + loaded);
            // a release that ships next year's notice recounts the provisional due dates as the city office's entry
            // does
            announce.accept(new NoticeEntered(loaded.get(loaded.size() - 1), calendarDays.calendar()));
        }
        return loaded;
    }

    /**
     * Loads the 2022 version of every policy parameter ({@code seeds/parameters/2022.csv}) into an empty table, checked
     * as an import is; reference data, not demo data. Later versions are entered by the city office.
     */
    @Transactional
    public boolean importParameters() {
        if (parameters.count() > 0) {
            return importNewParameterKeys() > 0;
        }
        String text = seedParameters();
        VersionPlan plan = VersionPlan.first(ParameterFile.read(text), parameters.clausePolicies());
        parameters.apply(plan);
        LOG.info("policy parameters loaded: " + plan.added().size() + " values of the 2022 version");
        return true;
    }

    /**
     * Adds to a database that holds parameters already the seed's rows of keys it holds no version of at all — a
     * parameter a later release of the platform introduced (rareEarth.migrantEngineer.capScope) — so that rules that
     * read it work on an existing installation. A key the database holds is never touched: its versions are the city
     * office's. Returns how many rows were added.
     */
    @Transactional
    public int importNewParameterKeys() {
        VersionPlan seed = VersionPlan.first(ParameterFile.read(seedParameters()), parameters.clausePolicies());
        Set<String> held = new HashSet<>();
        parameters.values().forEach(v -> held.add(v.key()));
        List<ParameterValue> added =
                seed.added().stream().filter(v -> !held.contains(v.key())).toList();
        if (!added.isEmpty()) {
            parameters.apply(new VersionPlan(added, List.of()));
            LOG.info("policy parameters added: " + added.size() + " values of keys new to this database");
        }
        return added.size();
    }

    private static String seedParameters() {
        String text;
        try (InputStream in = SeedImport.class.getClassLoader().getResourceAsStream(ParameterHistory.SEED)) {
            if (in == null) {
                throw new IllegalStateException("seed file missing from the class path: " + ParameterHistory.SEED);
            }
            text = UploadedText.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(ParameterHistory.SEED, e);
        }
        return text;
    }

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class)
                .getSingleResult();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }
}
