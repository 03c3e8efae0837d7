package cn.gov.baotou.talent.intake.hire.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the hires' Excel template, in order, each filling one field of a single submission (the same name
 * as in the API), so that a refused field is shown in its column; its header is the bundle's {@code
 * import.column.<NAME>}, marked * when required. {@code choice} columns offer a list in the template.
 */
public enum HireColumn {
    NAME("name", true, false),
    ID_NUMBER("idNumber", true, false),
    BIRTH_DATE("birthDate", true, false),
    DEGREE("degree", true, true),
    DISCIPLINE("disciplineCode", true, true),
    MAJOR("major", true, false),
    INSTITUTION("institution", true, false),
    DEGREE_RECOGNISED("degreeRecognised", true, true),
    OVERSEAS_CERTIFICATE_NO("overseasCertificateNo", false, false),
    FROM_OUTSIDE_CITY("fromOutsideCity", true, true),
    WORK_TYPE("workType", true, true),
    JOB_TITLE("jobTitle", true, false),
    SOURCE_KIND("sourceKind", false, true),
    SOURCE_REFERENCE("sourceReference", false, false);

    private final String field;
    private final boolean required;
    private final boolean choice;

    HireColumn(String field, boolean required, boolean choice) {
        this.field = field;
        this.required = required;
        this.choice = choice;
    }

    /** The submission's field this column fills, as the API and the single form name it. */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    public boolean choice() {
        return choice;
    }

    /** The bundle key of the column's header. */
    public String headerKey() {
        return "import.column." + name();
    }

    /** The column a submission's field is read from. */
    public static Optional<HireColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }
}
