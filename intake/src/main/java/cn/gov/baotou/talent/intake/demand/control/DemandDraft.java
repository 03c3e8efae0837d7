package cn.gov.baotou.talent.intake.demand.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.intake.demand.entity.DemandContent;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A job demand as typed on the form or sent to the API, every field as text. {@link #check} reads it into
 * {@link DemandContent} or refuses it naming every bad field at once, so a page keeps what was typed and says what
 * is wrong next to each field.
 */
public record DemandDraft(
        String positionTitle,
        String headcount,
        String degree,
        String disciplineCode,
        String majors,
        String workType,
        String duties,
        String salaryMinYuan,
        String salaryMaxYuan,
        String workLocation,
        String contactPhone,
        String contactEmail) {

    public static final int MAX_HEADCOUNT = 999;
    /** A landline with its area code (and extension), a 400/800 service number, or a mobile number. */
    public static final Pattern PHONE =
            Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|[48]00-?\\d{3}-?\\d{4}|1[3-9]\\d{9}");

    public static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    public DemandContent check(Set<String> disciplineCodes) {
        List<FieldError> errors = new ArrayList<>();
        String title = text(positionTitle, "positionTitle", 100, errors);
        Integer count = count(errors);
        Degree d = choice(degree, Degree.class, "degree", errors);
        String discipline = text(disciplineCode, "disciplineCode", 2, errors);
        if (discipline != null && !disciplineCodes.contains(discipline)) {
            errors.add(error("disciplineCode", "demand.discipline.unknown", discipline));
        }
        String m = text(majors, "majors", 200, errors);
        WorkType work = choice(workType, WorkType.class, "workType", errors);
        if (work != null && !work.named()) {
            errors.add(error("workType", "demand.workType.notNamed"));
        }
        String duty = text(duties, "duties", 2000, errors);
        Yuan min = money(salaryMinYuan, "salaryMinYuan", errors);
        Yuan max = money(salaryMaxYuan, "salaryMaxYuan", errors);
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.add(error("salaryMaxYuan", "demand.salary.range", min.toString(), max.toString()));
        }
        String place = text(workLocation, "workLocation", 100, errors);
        String phone = optional(contactPhone);
        String email = optional(contactEmail);
        if (phone == null && email == null) {
            errors.add(error("contactPhone", "demand.contact.required"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(error("contactPhone", "demand.contactPhone.malformed", phone));
        }
        if (email != null && (email.length() > 100 || !EMAIL.matcher(email).matches())) {
            errors.add(error("contactEmail", "demand.contactEmail.malformed", email));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new DemandContent(title, count, d, discipline, m, work, duty, min, max, place, phone, email);
    }

    private Integer count(List<FieldError> errors) {
        String s = optional(headcount);
        if (s == null) {
            errors.add(error("headcount", "demand.required"));
            return null;
        }
        try {
            int n = Integer.parseInt(s);
            if (n >= 1 && n <= MAX_HEADCOUNT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.add(error("headcount", "demand.headcount.range", s, String.valueOf(MAX_HEADCOUNT)));
        return null;
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        String s = optional(value);
        if (s == null) {
            errors.add(error(field, "demand.required"));
        } else if (s.length() > max) {
            errors.add(error(field, "demand.tooLong", String.valueOf(max)));
        }
        return s;
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type, String field, List<FieldError> errors) {
        String s = optional(value);
        if (s == null) {
            errors.add(error(field, "demand.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            String allowed = String.join(
                    "|", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            errors.add(error(field, "demand.oneOf", s, allowed));
            return null;
        }
    }

    private static Yuan money(String value, String field, List<FieldError> errors) {
        String s = optional(value);
        if (s == null) {
            return null;
        }
        try {
            return Yuan.parse(field, s);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static FieldError error(String field, String key, Object... arguments) {
        return new FieldError(field, DemandWorkflow.BUNDLE, key, List.of(arguments));
    }
}
