package cn.gov.baotou.talent.reporting.forecast.boundary;

import cn.gov.baotou.talent.core.account.boundary.Permitted;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.parameter.boundary.DraftView;
import cn.gov.baotou.talent.core.parameter.boundary.ParameterDraftDesk;
import cn.gov.baotou.talent.core.parameter.control.DraftComparison;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.report.control.BudgetForecastSource;
import cn.gov.baotou.talent.core.report.control.ForecastLine;
import cn.gov.baotou.talent.core.report.control.ForecastRequest;
import cn.gov.baotou.talent.core.report.control.TablePdf;
import cn.gov.baotou.talent.reporting.forecast.control.Forecast;
import cn.gov.baotou.talent.reporting.forecast.control.ForecastSummary;
import cn.gov.baotou.talent.reporting.forecast.control.ForecastTables;
import cn.gov.baotou.talent.reporting.forecast.control.Named;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * 预算测算: the city office asks what a draft version would cost every finance in a year against the version in force.
 * Both versions are read on the draft's first day in that year; every module's {@link BudgetForecastSource} prices its
 * pipeline and its past years' mean volume under both; the lines are summed per finance (市财政, then each district's
 * by name from the registry), per policy and measure. Reads only: nothing is written, no decision sees the draft.
 */
@ApplicationScoped
@Transactional
@Permitted(Role.CITY_OFFICE)
public class BudgetForecast {

    public static final String BUNDLE = "cn.gov.baotou.talent.reporting.forecast.messages";
    public static final int MAX_PAST_YEARS = 3;

    @Inject
    @Any
    Instance<BudgetForecastSource> sources;

    @Inject
    @Any
    Instance<TablePdf> pdfs;

    @Inject
    ParameterDraftDesk drafts;

    @Inject
    Enterprises registry;

    @Inject
    PolicyCatalog policies;

    @Inject
    Clock clock;

    private List<BudgetForecastSource> given;
    private TablePdf givenPdf;

    public BudgetForecast() {}

    /**
     * For use outside the container (tests): the sources and the PDF renderer given (null: none), the registry and
     * drafts over the caller's entity manager.
     */
    public BudgetForecast(
            List<BudgetForecastSource> sources,
            TablePdf pdf,
            ParameterDraftDesk drafts,
            Enterprises registry,
            PolicyCatalog policies,
            Clock clock) {
        this.given = List.copyOf(sources);
        this.givenPdf = pdf;
        this.drafts = drafts;
        this.registry = registry;
        this.policies = policies;
        this.clock = clock;
    }

    /** The drafts to choose from, newest first. */
    public List<DraftView> drafts() {
        return drafts.all();
    }

    /** The year a forecast of the draft shows when none is asked for: the year of the draft's first day. */
    public int defaultYear(long draftId) {
        return drafts.one(draftId).values().stream()
                .map(v -> v.validFrom().getYear())
                .min(Integer::compare)
                .orElse(LocalDate.now(clock).getYear());
    }

    /**
     * The forecast of {@code draftId} for {@code year}, with {@code pastYears} (1–3) of volume; each refused input is
     * named (an unknown draft is 404, a year the draft does not reach names "year").
     */
    public Forecast forecast(long draftId, int year, int pastYears) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (year < 2022 || year > today.getYear() + 10) {
            errors.add(new FieldError(
                    "year",
                    BUNDLE,
                    "forecast.year.range",
                    List.of(String.valueOf(year), String.valueOf(today.getYear() + 10))));
        }
        if (pastYears < 1 || pastYears > MAX_PAST_YEARS) {
            errors.add(new FieldError(
                    "pastYears",
                    BUNDLE,
                    "forecast.pastYears.range",
                    List.of(String.valueOf(pastYears), String.valueOf(MAX_PAST_YEARS))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        DraftView draft = drafts.one(draftId);
        DraftComparison versions = drafts.compare(draftId, year);
        ForecastRequest request =
                new ForecastRequest(year, versions.inForce(), versions.draft(), today, pastYears, null);
        List<ForecastLine> lines = new ArrayList<>();
        sources().forEach(s -> lines.addAll(s.forecast(request)));
        return new Forecast(
                draftId,
                draft.name(),
                year,
                versions.day(),
                pastYears,
                request.firstPastYear(),
                request.lastPastYear(),
                today,
                clock.instant(),
                labels(versions.inForce()),
                labels(versions.draft()),
                ForecastSummary.of(lines, finances(), policyNames()));
    }

    /** The forecast as a PDF with the platform's embedded font; empty when no module renders PDFs (no reporting). */
    public Optional<byte[]> pdf(Forecast f, String title, String subtitle, String language) {
        TablePdf renderer = given != null ? givenPdf : pdfs.isResolvable() ? pdfs.get() : null;
        return Optional.ofNullable(renderer).map(r -> r.pdf(title, subtitle, ForecastTables.of(f, language), language));
    }

    private List<BudgetForecastSource> sources() {
        return given != null ? given : sources.stream().toList();
    }

    /** 市财政, then each district's finance in the registry's order. */
    private List<Named> finances() {
        List<Named> finances = new ArrayList<>();
        finances.add(new Named(ForecastLine.CITY, "市财政", "City finance"));
        registry.districts().forEach(d -> finances.add(new Named(d.code(), d.name() + "财政", d.nameEn() + " finance")));
        return finances;
    }

    private List<Named> policyNames() {
        return policies.policies().stream()
                .map(p -> new Named(p.id(), p.shortTitle(), p.titleEn()))
                .toList();
    }

    /** The version labels the values come from, e.g. {@code 2022} or {@code 2022、2026}. */
    static String labels(Parameters p) {
        TreeSet<String> labels = new TreeSet<>();
        Stream.of(p.all()).flatMap(List::stream).map(ParameterValue::version).forEach(labels::add);
        return String.join("、", labels);
    }
}
