package cn.gov.baotou.talent.intake.recruitment.boundary;

import cn.gov.baotou.talent.intake.recruitment.control.RecruitmentDrafts.CandidateDraft;
import cn.gov.baotou.talent.intake.recruitment.control.RecruitmentDrafts.EventDraft;
import cn.gov.baotou.talent.intake.recruitment.control.RecruitmentDrafts.WorkstationDraft;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads the API's JSON bodies into drafts, every field as text whatever JSON type it came in: the draft checks it. */
final class RecruitmentJson {

    private RecruitmentJson() {}

    static EventDraft event(JsonObject o) {
        return new EventDraft(
                text(o, "name"),
                text(o, "university"),
                text(o, "region"),
                text(o, "startsOn"),
                text(o, "endsOn"),
                text(o, "organiser"));
    }

    static WorkstationDraft workstation(JsonObject o) {
        return new WorkstationDraft(
                text(o, "name"),
                text(o, "region"),
                text(o, "hostInstitution"),
                text(o, "contactPhone"),
                text(o, "contactEmail"),
                text(o, "activeFrom"),
                text(o, "activeTo"));
    }

    static CandidateDraft candidate(JsonObject o) {
        return new CandidateDraft(
                text(o, "fullName"),
                text(o, "degree"),
                text(o, "institution"),
                text(o, "major"),
                text(o, "enterpriseId"),
                text(o, "status"));
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o == null ? null : o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
