package cn.gov.baotou.talent.reporting.forecast.boundary;

import cn.gov.baotou.talent.core.parameter.boundary.DraftView;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.reporting.forecast.control.Forecast;
import cn.gov.baotou.talent.reporting.forecast.control.ForecastTables;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 预算测算 (/reports/forecast.xhtml): the city office chooses a draft, the year and the past years by a plain GET form
 * (so a forecast is a link that can be sent on), and reads every finance's totals and, per finance, each policy's
 * measures with the difference coloured; the same forecast downloads as PDF.
 */
@Named
@RequestScoped
public class ForecastPage {

    @Inject
    BudgetForecast forecasts;

    private String draft;
    private String year;
    private String pastYears;
    private List<DraftView> drafts;
    private Forecast forecast;

    /** Reads the address: the newest draft and its first year when none is given; refusals are listed on the page. */
    public void load() {
        drafts = forecasts.drafts();
        if ((draft == null || draft.isBlank()) && !drafts.isEmpty()) {
            draft = String.valueOf(drafts.get(0).id());
        }
        if (draft == null || draft.isBlank()) {
            return;
        }
        try {
            ForecastQuery q = ForecastQuery.read(draft, year, pastYears);
            int y = q.year() == null ? forecasts.defaultYear(q.draftId()) : q.year();
            year = String.valueOf(y);
            pastYears = String.valueOf(q.pastYears());
            forecast = forecasts.forecast(q.draftId(), y, q.pastYears());
        } catch (InvalidInput e) {
            e.errors().forEach(this::refuse);
        } catch (NotFound e) {
            error(messages().get(e.bundle(), e.messageKey(), e.id()));
        }
    }

    public String getSubtitle() {
        return forecast == null ? null : ForecastTexts.subtitle(forecast, messages());
    }

    /** The same forecast as PDF or JSON, under /api (the session signs it in). */
    public String link(String extension) {
        return "/api/v1/reports/forecast" + extension + "?draft=" + forecast.draftId() + "&year=" + forecast.year()
                + "&pastYears=" + forecast.pastYears();
    }

    public String basis(Basis basis) {
        return ForecastTables.basis(basis, language());
    }

    /** "up" (the draft costs more, red), "down" (less, green) or "same". */
    public String trend(BigDecimal difference) {
        return difference.signum() > 0 ? "up" : difference.signum() < 0 ? "down" : "same";
    }

    public BigDecimal change(BigDecimal inForce, BigDecimal difference) {
        return ForecastTables.change(inForce, difference);
    }

    public String getLanguage() {
        return language();
    }

    public List<Integer> getPastYearOptions() {
        return List.of(1, 2, 3);
    }

    public String getDraftsLink() {
        return "/core/admin/drafts.xhtml";
    }

    public String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private void refuse(FieldError e) {
        error(e.field() + "：" + messages().get(e));
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static String language() {
        return messages().locale().getLanguage();
    }

    private static Messages messages() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public Forecast getForecast() {
        return forecast;
    }

    public List<DraftView> getDrafts() {
        return drafts;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getPastYears() {
        return pastYears == null ? String.valueOf(ForecastQuery.DEFAULT_PAST_YEARS) : pastYears;
    }

    public void setPastYears(String pastYears) {
        this.pastYears = pastYears;
    }
}
