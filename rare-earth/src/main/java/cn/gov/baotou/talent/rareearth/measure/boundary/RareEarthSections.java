package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.ledger.entity.ClauseFunding;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportSectionSource;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.rareearth.measure.control.MeasureSections;
import cn.gov.baotou.talent.rareearth.measure.entity.Measure;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureCases;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocument;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocumentKind;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocuments;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureFunding;
import cn.gov.baotou.talent.rareearth.measure.entity.Measures;
import cn.gov.baotou.talent.rareearth.measure.entity.TalentCounts;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The module's sections of leadership's reports (core's {@link ReportSectionSource}), each filtered in its queries by
 * the report's period and district: for the target report every measure's lead unit, 细则 / 配套措施 delivered or not,
 * cases and money (measure 2 with intake's subsidies at rare-earth 规上 enterprises, as the measure counts them); for the
 * funds report every paying measure's money by finance as core's ledger holds it on the measure's clause.
 */
@ApplicationScoped
@Transactional
public class RareEarthSections implements ReportSectionSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Measures measures;

    @Inject
    MeasureDocuments documents;

    @Inject
    PolicyCatalog catalog;

    @Inject
    MeasureFunding funding;

    @Inject
    MeasureCases cases;

    @Inject
    TalentCounts talents;

    public RareEarthSections() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public RareEarthSections(EntityManager em) {
        this.em = em;
        this.measures = new Measures(em);
        this.documents = new MeasureDocuments(em);
        this.catalog = new PolicyCatalog(em);
        this.funding = new MeasureFunding(em);
        this.cases = new MeasureCases(em);
        this.talents = new TalentCounts(em);
    }

    @Override
    public String policyId() {
        return RareEarthTargets.POLICY;
    }

    @Override
    public List<ReportTable> sections(ReportKind report, ReportScope scope) {
        return switch (report) {
            case TARGETS -> List.of(MeasureSections.targets(delivery(scope)));
            case FUNDS -> List.of(MeasureSections.funds(funds(scope)));
            default -> List.of();
        };
    }

    private List<MeasureSections.Delivery> delivery(ReportScope scope) {
        Map<String, Clause> clauses =
                catalog.clauses(policyId()).stream().collect(Collectors.toMap(Clause::id, Function.identity()));
        Map<Integer, List<MeasureDocument>> filed = documents.all().stream()
                .filter(d -> !d.issuedOn().isAfter(scope.period().to()))
                .collect(Collectors.groupingBy(MeasureDocument::measureNo));
        Map<Integer, Long> begun = cases.begun(scope);
        Map<Integer, Long> granted = cases.granted(scope);
        begun.merge(2, intakeTalents(scope), Long::sum);
        Map<String, ClauseFunding.Figures> money = funding.measures(within(scope));
        long districts =
                em.createQuery("select count(d) from District d", Long.class).getSingleResult();
        List<MeasureSections.Delivery> out = new ArrayList<>();
        for (Measure m : measures.all()) {
            List<MeasureDocument> docs = filed.getOrDefault(m.number(), List.of());
            ClauseFunding.Figures f = money.getOrDefault(m.clauseId(), ClauseFunding.Figures.NONE);
            out.add(new MeasureSections.Delivery(
                    name(m.number()),
                    m.clauseId(),
                    lead(clauses.get(m.clauseId())),
                    rules(docs),
                    districtMeasures(docs, scope, districts),
                    begun.getOrDefault(m.number(), 0L),
                    m.pays() ? granted.getOrDefault(m.number(), 0L) : null,
                    m.pays() ? f.committed().amount() : null,
                    m.pays() ? f.paid().amount() : null));
        }
        return out;
    }

    private List<MeasureSections.Funds> funds(ReportScope scope) {
        Map<String, ClauseFunding.Figures> booked = funding.booked(within(scope));
        List<MeasureSections.Funds> out = new ArrayList<>();
        for (Measure m : measures.all()) {
            if (!m.pays()) {
                continue;
            }
            ClauseFunding.Figures f = booked.getOrDefault(m.clauseId(), ClauseFunding.Figures.NONE);
            out.add(new MeasureSections.Funds(
                    name(m.number()),
                    m.clauseId(),
                    f.grants(),
                    f.committed().amount(),
                    f.committedCity().amount(),
                    f.committedDistrict().amount(),
                    f.paidCity().amount(),
                    f.paidDistrict().amount(),
                    f.recovered().amount()));
        }
        return out;
    }

    /** Measure 2's cases: the PhDs and masters rare-earth 规上 enterprises took up, by intake or by this module. */
    private long intakeTalents(ReportScope s) {
        long n = 0;
        for (String degree : List.of("DOCTOR", "MASTER")) {
            n += talents.rareEarth(
                            RareEarthTargets.PROGRAMMES,
                            degree,
                            s.period().from(),
                            s.period().to(),
                            s.districtCode())
                    .size();
        }
        return n;
    }

    private static ClauseFunding.Within within(ReportScope s) {
        return new ClauseFunding.Within(
                s.districtCode(), s.period().from(), s.period().to());
    }

    /** The lead units as the clause names them; where it names none (12, 14), its first responsible unit. */
    private static String lead(Clause c) {
        if (c == null) {
            return null;
        }
        if (!c.leadUnits().isEmpty()) {
            return String.join("、", c.leadUnits());
        }
        return c.responsibleUnits().isEmpty()
                ? null
                : text("section.responsibleLead", c.responsibleUnits().get(0));
    }

    private static String rules(List<MeasureDocument> docs) {
        long n = docs.stream()
                .filter(d -> d.kind() != MeasureDocumentKind.DISTRICT_MEASURES)
                .count();
        return n == 0 ? text("section.notDelivered") : text("section.delivered", n);
    }

    /** City-wide: how many districts filed; one district: whether it did. */
    private static String districtMeasures(List<MeasureDocument> docs, ReportScope scope, long districts) {
        long filed = docs.stream()
                .filter(d -> d.kind() == MeasureDocumentKind.DISTRICT_MEASURES)
                .map(MeasureDocument::districtCode)
                .filter(scope::covers)
                .distinct()
                .count();
        if (scope.wholeCity()) {
            return text("section.districts", filed, districts);
        }
        return filed > 0 ? text("section.districtDelivered") : text("section.notDelivered");
    }

    private static String name(int measureNo) {
        return text("measure.name." + measureNo);
    }

    private static String text(String key, Object... arguments) {
        return Messages.in(Messages.CHINESE).get(RareEarthMessages.BUNDLE, key, arguments);
    }
}
