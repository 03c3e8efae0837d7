package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.rest.DayText;
import cn.gov.baotou.talent.rareearth.measure.control.MeasureDuty;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocumentKind;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whose a filed document is, and whether the caller may file it: a department files 细则 and 办事流程 for the measures
 * its clause binds it to, a district office files its own 配套措施, the city office files either on anyone's behalf
 * (and the 细则 of the measures 市委人才办 itself answers for). Every bad field is named at once.
 */
final class FilingCheck {

    /** A checked filing: what it is, whose, its title and its date. */
    record Checked(MeasureDocumentKind kind, String departmentCode, String districtCode, String title, LocalDate on) {}

    private FilingCheck() {}

    static Checked check(FilingForm form, MeasureDuty duty, Caller caller, Set<String> districts) {
        if (!caller.is(Role.CITY_OFFICE, Role.DEPARTMENT, Role.DISTRICT_OFFICE)) {
            throw new Forbidden("file measure document");
        }
        List<FieldError> errors = new ArrayList<>();
        MeasureDocumentKind kind = null;
        try {
            kind = MeasureDocumentKind.valueOf(
                    form.kind() == null ? "" : form.kind().strip());
        } catch (IllegalArgumentException e) {
            errors.add(RareEarthMessages.error("kind", "filing.kind.unknown", String.valueOf(form.kind())));
        }
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            errors.add(RareEarthMessages.error("title", "field.text.length", 1, 200));
        }
        LocalDate on = date(form.issuedOn(), errors);
        String department = null;
        String district = null;
        if (kind == MeasureDocumentKind.DISTRICT_MEASURES) {
            district =
                    caller.is(Role.DISTRICT_OFFICE) ? caller.scope().districtCode() : blankToNull(form.districtCode());
            if (caller.is(Role.DEPARTMENT)) {
                errors.add(RareEarthMessages.error("kind", "filing.kind.notDepartments"));
            } else if (district == null || !districts.contains(district)) {
                errors.add(
                        RareEarthMessages.error("districtCode", "filing.district.unknown", String.valueOf(district)));
            }
        } else if (kind != null) {
            department =
                    caller.is(Role.DEPARTMENT) ? caller.scope().departmentCode() : blankToNull(form.departmentCode());
            if (caller.is(Role.DISTRICT_OFFICE)) {
                errors.add(RareEarthMessages.error("kind", "filing.kind.notDistricts"));
            } else if (!duty.binds(department)) {
                errors.add(RareEarthMessages.error(
                        "departmentCode", "filing.department.notBound", String.valueOf(department)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(kind, department, district, title, on);
    }

    private static LocalDate date(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(RareEarthMessages.error("issuedOn", "field.required"));
            return null;
        }
        try {
            return DayText.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(RareEarthMessages.error("issuedOn", "field.date", text));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
