package cn.gov.baotou.talent.reporting.forecast.boundary;

import cn.gov.baotou.talent.reporting.forecast.control.FinanceForecast;
import cn.gov.baotou.talent.reporting.forecast.control.Forecast;
import cn.gov.baotou.talent.reporting.forecast.control.ForecastRow;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A forecast as the API answers it: amounts as strings of yuan, names in the caller's language, totals included. */
@JsonbPropertyOrder({
    "draftId",
    "draftName",
    "year",
    "day",
    "pastYears",
    "firstPastYear",
    "lastPastYear",
    "pipelineAsOf",
    "inForceVersions",
    "draftVersions",
    "inForceYuan",
    "draftYuan",
    "differenceYuan",
    "finances"
})
public record ForecastView(
        long draftId,
        String draftName,
        int year,
        LocalDate day,
        int pastYears,
        int firstPastYear,
        int lastPastYear,
        LocalDate pipelineAsOf,
        String inForceVersions,
        String draftVersions,
        String inForceYuan,
        String draftYuan,
        String differenceYuan,
        List<FinanceView> finances) {

    /** One finance: 市财政 ({@code CITY}) or a district's (its division code). */
    @JsonbPropertyOrder({"finance", "name", "inForceYuan", "draftYuan", "differenceYuan", "lines"})
    public record FinanceView(
            String finance,
            String name,
            String inForceYuan,
            String draftYuan,
            String differenceYuan,
            List<LineView> lines) {}

    /** A policy's measure on one basis (PIPELINE or VOLUME, the past years' yearly mean). */
    @JsonbPropertyOrder({
        "policyId",
        "policy",
        "clauseId",
        "label",
        "basis",
        "cases",
        "inForceYuan",
        "draftYuan",
        "differenceYuan"
    })
    public record LineView(
            String policyId,
            String policy,
            String clauseId,
            String label,
            String basis,
            long cases,
            String inForceYuan,
            String draftYuan,
            String differenceYuan) {}

    static ForecastView of(Forecast f, String language) {
        return new ForecastView(
                f.draftId(),
                f.draftName(),
                f.year(),
                f.day(),
                f.pastYears(),
                f.firstPastYear(),
                f.lastPastYear(),
                f.today(),
                f.inForceVersions(),
                f.draftVersions(),
                yuan(f.inForceYuan()),
                yuan(f.draftYuan()),
                yuan(f.differenceYuan()),
                f.finances().stream().map(x -> finance(x, language)).toList());
    }

    private static FinanceView finance(FinanceForecast f, String language) {
        return new FinanceView(
                f.finance().code(),
                f.finance().name(language),
                yuan(f.inForceYuan()),
                yuan(f.draftYuan()),
                yuan(f.differenceYuan()),
                f.rows().stream().map(r -> line(r, language)).toList());
    }

    private static LineView line(ForecastRow r, String language) {
        return new LineView(
                r.policy().code(),
                r.policy().name(language),
                r.clauseId(),
                r.label(language),
                r.basis().name(),
                r.cases(),
                yuan(r.inForceYuan()),
                yuan(r.draftYuan()),
                yuan(r.differenceYuan()));
    }

    static String yuan(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
