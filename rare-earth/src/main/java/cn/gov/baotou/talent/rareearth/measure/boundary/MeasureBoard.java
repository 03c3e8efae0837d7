package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 措施看板: the 15 measures with who delivered what, the ledger's cases and money, and a year's targets (this year by default). */
@Named("reBoard")
@RequestScoped
public class MeasureBoard {

    @Inject
    MeasureOverview overview;

    @Inject
    PolicyParameters parameters;

    @Inject
    Clock clock;

    private List<MeasureSummary> rows;
    private Integer year;

    public List<MeasureSummary> getRows() {
        if (rows == null) {
            rows = overview.board(asOf());
        }
        return rows;
    }

    /** The year whose targets the board shows ({@code ?year=}), this year by default. */
    public int getYear() {
        return year == null ? today().getYear() : year;
    }

    public void setYear(int year) {
        this.year = year < 2000 || year > 2100 ? null : year;
    }

    /** Whether a parameter version plans any of the year's targets (none after the policy ended, until a new version). */
    public boolean isPlanned() {
        return getRows().stream().flatMap(r -> r.targets().stream()).anyMatch(TargetProgress::planned);
    }

    /** The last day of the newest version of the targets' parameters, to say why a year has none. */
    public String getVersionsEnd() {
        List<ParameterValue> versions = parameters.history().versions(RareEarthTargets.PLAN_KEY);
        ParameterValue last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        return last == null || last.validTo() == null ? "—" : last.validTo().toString();
    }

    private LocalDate asOf() {
        LocalDate today = today();
        return getYear() == today.getYear() ? today : LocalDate.of(getYear(), 12, 31);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A target's name, achieved and planned, as one line: 引进高精尖人才团队：2 / 5 个以上; 研究生：80 / 约 100 名 (左右 is
     * no minimum); in a year without a plan 引进高精尖人才团队：2（无计划）— rare-earth.1–3 plan 2022 only.
     */
    public String target(TargetProgress t) {
        return targetLine(
                t, Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    static String targetLine(TargetProgress t, Messages m) {
        String label = "en".equals(m.locale().getLanguage()) ? t.labelEn() : t.label();
        if (!t.planned()) {
            return label + "：" + t.achieved().toPlainString() + m.get(RareEarthMessages.BUNDLE, "board.target.none");
        }
        String planned = t.approximate()
                ? m.get(
                        RareEarthMessages.BUNDLE,
                        "board.target.about",
                        t.plannedMin().toPlainString(),
                        t.unit())
                : t.plannedMax() == null
                        ? m.get(
                                RareEarthMessages.BUNDLE,
                                "board.target.atLeast",
                                t.plannedMin().toPlainString(),
                                t.unit())
                        : m.get(
                                RareEarthMessages.BUNDLE,
                                "board.target.range",
                                t.plannedMin().toPlainString(),
                                t.plannedMax().toPlainString(),
                                t.unit());
        return label + "：" + t.achieved().toPlainString() + " / " + planned;
    }

    /** Achieved as a whole percentage of the minimum, at most 100, for the progress bar. */
    public int percent(TargetProgress t) {
        if (!t.planned()) {
            return 0;
        }
        if (t.plannedMin().signum() <= 0) {
            return 100;
        }
        return Math.min(
                100,
                t.achieved()
                        .multiply(BigDecimal.valueOf(100))
                        .divide(t.plannedMin(), 0, RoundingMode.DOWN)
                        .intValue());
    }

    /** Met once the minimum is reached (以上 includes the number itself); never without a plan. */
    public boolean met(TargetProgress t) {
        return t.planned() && t.achieved().compareTo(t.plannedMin()) >= 0;
    }
}
