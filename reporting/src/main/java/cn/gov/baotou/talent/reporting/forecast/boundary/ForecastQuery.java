package cn.gov.baotou.talent.reporting.forecast.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * A forecast asked for by address ({@code ?draft=3&year=2026&pastYears=2}): the draft is required, the year defaults
 * to the draft's first year and the past years to 2; a value that is no number is refused naming its field.
 */
record ForecastQuery(long draftId, Integer year, int pastYears) {

    static final int DEFAULT_PAST_YEARS = 2;

    static ForecastQuery read(String draft, String year, String pastYears) {
        List<FieldError> errors = new ArrayList<>();
        Long id = null;
        if (draft == null || draft.isBlank()) {
            errors.add(new FieldError("draft", BudgetForecast.BUNDLE, "forecast.draft.required", List.of()));
        } else {
            id = number("draft", draft, "forecast.draft.malformed", errors);
        }
        Long y = year == null || year.isBlank() ? null : number("year", year, "forecast.number.malformed", errors);
        Long past = pastYears == null || pastYears.isBlank()
                ? Long.valueOf(DEFAULT_PAST_YEARS)
                : number("pastYears", pastYears, "forecast.number.malformed", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new ForecastQuery(id, y == null ? null : y.intValue(), past.intValue());
    }

    private static Long number(String field, String text, String key, List<FieldError> errors) {
        String t = text.strip();
        if (!t.matches("\\d{1,9}")) {
            errors.add(new FieldError(field, BudgetForecast.BUNDLE, key, List.of(text)));
            return null;
        }
        return Long.valueOf(t);
    }
}
