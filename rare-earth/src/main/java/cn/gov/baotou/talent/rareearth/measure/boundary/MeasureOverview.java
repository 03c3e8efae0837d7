package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.ledger.entity.ClauseFunding;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.rareearth.measure.entity.Departments;
import cn.gov.baotou.talent.rareearth.measure.entity.Measure;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocument;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocumentKind;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocuments;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureFunding;
import cn.gov.baotou.talent.rareearth.measure.entity.Measures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The measure board (措施看板), one row per measure in a few queries for the whole page: clause and units, the
 * parameters in force, the filed 细则 / 办事流程 and 配套措施, the ledger's cases and money, the year's targets.
 */
@ApplicationScoped
@Transactional
public class MeasureOverview {

    @Inject
    MeasureDesk desk;

    @Inject
    Measures measures;

    @Inject
    MeasureDocuments documents;

    @Inject
    PolicyCatalog catalog;

    @Inject
    PolicyParameters parameters;

    @Inject
    MeasureFunding funding;

    @Inject
    RareEarthTargets targets;

    @Inject
    Departments departments;

    public MeasureOverview() {}

    /** For use outside the container (tests). */
    public MeasureOverview(MeasureDesk desk, PolicyParameters parameters, MeasureFunding funding, RareEarthTargets t) {
        this.desk = desk;
        this.measures = desk.measures;
        this.documents = desk.documents;
        this.catalog = desk.catalog;
        this.parameters = parameters;
        this.funding = funding;
        this.targets = t;
        this.departments = desk.departments;
    }

    /** Every measure as on {@code asOf}, with the parameters and targets of that day's year (none in a year no version covers). */
    public List<MeasureSummary> board(LocalDate asOf) {
        Map<String, Clause> clauses =
                catalog.clauses("rare-earth").stream().collect(Collectors.toMap(Clause::id, Function.identity()));
        ReportPeriod year = ReportPeriod.year(asOf.getYear());
        List<ParameterValue> inForce = targets.plan(year).map(Parameters::all).orElse(List.of());
        Map<Integer, List<MeasureDocument>> filed =
                documents.all().stream().collect(Collectors.groupingBy(MeasureDocument::measureNo));
        Map<String, ClauseFunding.Figures> money = funding.measures(ClauseFunding.Within.ALL);
        List<TargetProgress> progress = targets.progress(year);
        int districts = desk.districts().size();
        List<MeasureSummary> out = new ArrayList<>();
        for (Measure m : measures.all()) {
            Clause c = clauses.get(m.clauseId());
            List<FilingView> docs = filed.getOrDefault(m.number(), List.of()).stream()
                    .map(desk::view)
                    .toList();
            out.add(new MeasureSummary(
                    m.number(),
                    m.clauseId(),
                    c.number(),
                    c.heading(),
                    c.text(),
                    c.leadUnits(),
                    c.responsibleUnits(),
                    reviewer(m),
                    m.handling().name(),
                    m.page(),
                    m.pays(),
                    inForce.stream()
                            .filter(v -> v.clauseId().equals(m.clauseId()))
                            .toList(),
                    docs.stream().filter(d -> !isDistricts(d)).toList(),
                    docs.stream().filter(MeasureOverview::isDistricts).toList(),
                    districts,
                    MeasureSummary.Money.of(money.getOrDefault(m.clauseId(), ClauseFunding.Figures.NONE)),
                    progress.stream()
                            .filter(t -> t.clauseId().equals(m.clauseId()))
                            .toList()));
        }
        return out;
    }

    public MeasureSummary summary(int number, LocalDate asOf) {
        desk.measure(number);
        return board(asOf).stream()
                .filter(s -> s.number() == number)
                .findFirst()
                .orElseThrow();
    }

    /** The department that reviews first, as the measure's data says (a test holds it to the clause's lead unit). */
    private String reviewer(Measure m) {
        String code = m.reviewDepartment();
        return code == null
                ? departments.byCode(Departments.TALENT_OFFICE).orElseThrow().name()
                : departments.byCode(code).map(d -> d.name()).orElse(code);
    }

    private static boolean isDistricts(FilingView d) {
        return MeasureDocumentKind.DISTRICT_MEASURES.name().equals(d.kind());
    }
}
