package cn.gov.baotou.talent.rareearth.grant.boundary;

import static cn.gov.baotou.talent.core.rest.RequestFields.typed;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The API's JSON read into the same text forms the pages fill, so that both are checked by one set of rules. */
final class JsonForms {

    private JsonForms() {}

    static ApplicationForm application(JsonObject o) {
        JsonObject j = o == null ? JsonValue.EMPTY_JSON_OBJECT : o;
        String measure = typed(j, "measureNo");
        Integer number = null;
        try {
            number = measure == null ? null : Integer.valueOf(measure);
        } catch (NumberFormatException ignored) {
            // refused as an unknown measure
        }
        return new ApplicationForm(
                number,
                typed(j, "enterpriseId"),
                typed(j, "beneficiaryKind"),
                typed(j, "personName"),
                typed(j, "personIdNumber"),
                typed(j, "subject"),
                typed(j, "category"),
                typed(j, "grade"),
                typed(j, "role"),
                typed(j, "referenceNo"),
                typed(j, "basisYuan"),
                typed(j, "taxYuan"),
                typed(j, "quantity"),
                typed(j, "rateYuan"),
                typed(j, "requestedYuan"),
                j.get("fullTime") == JsonValue.TRUE,
                typed(j, "hiredOn"),
                typed(j, "periodStart"),
                typed(j, "apartment"),
                typed(j, "apartmentFrom"));
    }

    static ReviewForm review(JsonObject o) {
        JsonObject j = o == null ? JsonValue.EMPTY_JSON_OBJECT : o;
        return new ReviewForm(
                typed(j, "action"), typed(j, "opinion"), typed(j, "decidedYuan"), typed(j, "decisionReason"));
    }
}
