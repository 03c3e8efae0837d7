package cn.gov.baotou.talent.intake.recruitment.control;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.rest.DayText;
import cn.gov.baotou.talent.intake.demand.control.DemandDraft;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.recruitment.entity.CandidateDetails;
import cn.gov.baotou.talent.intake.recruitment.entity.CandidateStatus;
import cn.gov.baotou.talent.intake.recruitment.entity.EventDetails;
import cn.gov.baotou.talent.intake.recruitment.entity.WorkstationDetails;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Events, workstations and candidates as typed on a form or sent to the API, every field as text, each read into its
 * details or refused naming every bad field at once.
 */
public final class RecruitmentDrafts {

    /** An event as typed. */
    public record EventDraft(
            String name, String university, String region, String startsOn, String endsOn, String organiser) {

        public EventDetails check() {
            Fields f = new Fields();
            String n = f.text(name, "name", 200);
            String u = f.text(university, "university", 100);
            String r = f.optional(region, "region", 60);
            LocalDate from = f.date(startsOn, "startsOn", true);
            LocalDate to = f.date(endsOn, "endsOn", true);
            String o = f.text(organiser, "organiser", 100);
            if (from != null && to != null && to.isBefore(from)) {
                f.error("endsOn", "recruitment.dates.order", from.toString());
            }
            f.orRefuse();
            return new EventDetails(n, u, r, from, to, o);
        }
    }

    /** A workstation as typed. */
    public record WorkstationDraft(
            String name,
            String region,
            String hostInstitution,
            String contactPhone,
            String contactEmail,
            String activeFrom,
            String activeTo) {

        public WorkstationDetails check() {
            Fields f = new Fields();
            String n = f.text(name, "name", 200);
            String r = f.text(region, "region", 60);
            String h = f.text(hostInstitution, "hostInstitution", 100);
            String phone = f.optional(contactPhone, "contactPhone", 40);
            String email = f.optional(contactEmail, "contactEmail", 100);
            if (phone == null && email == null) {
                f.error("contactPhone", "demand.contact.required");
            }
            if (phone != null && !DemandDraft.PHONE.matcher(phone).matches()) {
                f.error("contactPhone", "demand.contactPhone.malformed", phone);
            }
            if (email != null && !DemandDraft.EMAIL.matcher(email).matches()) {
                f.error("contactEmail", "demand.contactEmail.malformed", email);
            }
            LocalDate from = f.date(activeFrom, "activeFrom", true);
            LocalDate to = f.date(activeTo, "activeTo", false);
            if (from != null && to != null && to.isBefore(from)) {
                f.error("activeTo", "recruitment.dates.order", from.toString());
            }
            f.orRefuse();
            return new WorkstationDetails(n, r, h, phone, email, from, to);
        }
    }

    /** A candidate as typed; the enterprise interested is named by its id in the registry, or left empty. */
    public record CandidateDraft(
            String fullName, String degree, String institution, String major, String enterpriseId, String status) {

        public CandidateDetails check() {
            Fields f = new Fields();
            String n = f.text(fullName, "fullName", 50);
            Degree d = f.choice(degree, Degree.class, "degree");
            String i = f.text(institution, "institution", 100);
            String m = f.text(major, "major", 100);
            Long e = null;
            String id = f.optional(enterpriseId, "enterpriseId", 20);
            if (id != null) {
                try {
                    e = Long.valueOf(id);
                } catch (NumberFormatException x) {
                    f.error("enterpriseId", "recruitment.enterprise.unknown", id);
                }
            }
            CandidateStatus s = f.choice(status, CandidateStatus.class, "status");
            f.orRefuse();
            return new CandidateDetails(n, d, i, m, e, s);
        }
    }

    private RecruitmentDrafts() {}

    /** Reads fields one by one, collecting an error for each bad one. */
    static final class Fields {

        private final List<FieldError> errors = new ArrayList<>();

        String text(String value, String field, int max) {
            String s = optional(value, field, max);
            if (s == null) {
                error(field, "demand.required");
            }
            return s;
        }

        String optional(String value, String field, int max) {
            String s = value == null || value.isBlank() ? null : value.strip();
            if (s != null && s.length() > max) {
                error(field, "demand.tooLong", String.valueOf(max));
            }
            return s;
        }

        LocalDate date(String value, String field, boolean required) {
            String s = required ? text(value, field, 10) : optional(value, field, 10);
            if (s == null) {
                return null;
            }
            try {
                return DayText.parse(s);
            } catch (DateTimeParseException e) {
                error(field, "recruitment.date.malformed", s);
                return null;
            }
        }

        <E extends Enum<E>> E choice(String value, Class<E> type, String field) {
            String s = text(value, field, 20);
            if (s == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                String allowed = String.join(
                        "|",
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
                error(field, "demand.oneOf", s, allowed);
                return null;
            }
        }

        void error(String field, String key, Object... arguments) {
            errors.add(new FieldError(field, IntakeEligibility.BUNDLE, key, List.of(arguments)));
        }

        void orRefuse() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
