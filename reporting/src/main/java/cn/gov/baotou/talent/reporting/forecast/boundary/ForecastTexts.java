package cn.gov.baotou.talent.reporting.forecast.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.reporting.forecast.control.Forecast;

/** The title and the line saying what was chosen, shared by the page and the PDF. */
final class ForecastTexts {

    private ForecastTexts() {}

    static String title(Forecast f, Messages m) {
        return m.get(BudgetForecast.BUNDLE, "forecast.pdf.title", f.draftName());
    }

    static String subtitle(Forecast f, Messages m) {
        return m.get(
                BudgetForecast.BUNDLE,
                "forecast.chosen",
                f.draftName(),
                f.draftVersions(),
                f.inForceVersions(),
                String.valueOf(f.year()),
                f.day().toString(),
                f.today().toString(),
                String.valueOf(f.firstPastYear()),
                String.valueOf(f.lastPastYear()));
    }
}
