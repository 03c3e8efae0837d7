package cn.gov.baotou.talent.rareearth.grant.boundary;

import static cn.gov.baotou.talent.rareearth.rest.JsonText.text;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The API's JSON read into the same text forms the pages fill, so that both are checked by one set of rules. */
final class JsonForms {

    private JsonForms() {}

    static ApplicationForm application(JsonObject o) {
        JsonObject j = o == null ? JsonValue.EMPTY_JSON_OBJECT : o;
        String measure = text(j, "measureNo");
        Integer number = null;
        try {
            number = measure == null ? null : Integer.valueOf(measure);
        } catch (NumberFormatException ignored) {
            // refused as an unknown measure
        }
        return new ApplicationForm(
                number,
                text(j, "enterpriseId"),
                text(j, "beneficiaryKind"),
                text(j, "personName"),
                text(j, "personIdNumber"),
                text(j, "subject"),
                text(j, "category"),
                text(j, "grade"),
                text(j, "role"),
                text(j, "referenceNo"),
                text(j, "basisYuan"),
                text(j, "taxYuan"),
                text(j, "quantity"),
                text(j, "rateYuan"),
                text(j, "requestedYuan"),
                j.get("fullTime") == JsonValue.TRUE,
                text(j, "hiredOn"),
                text(j, "periodStart"),
                text(j, "apartment"),
                text(j, "apartmentFrom"));
    }

    static ReviewForm review(JsonObject o) {
        JsonObject j = o == null ? JsonValue.EMPTY_JSON_OBJECT : o;
        return new ReviewForm(text(j, "action"), text(j, "opinion"), text(j, "decidedYuan"), text(j, "decisionReason"));
    }
}
