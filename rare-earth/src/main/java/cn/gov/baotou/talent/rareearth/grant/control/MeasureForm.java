package cn.gov.baotou.talent.rareearth.grant.control;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which facts each paying measure asks for, so that a form shows those fields only and refuses a missing one by name
 * before any rule runs; and the values its category and role take.
 */
public final class MeasureForm {

    private static final Map<Integer, Set<String>> REQUIRED = Map.of(
            1, Set.of(),
            2, Set.of("category", "hiredOn"),
            3, Set.of("category"),
            5, Set.of("category", "basisYuan"),
            // the amount per graduate is 教育局's, set in its review (rare-earth.6): the applicant gives none
            6, Set.of("quantity", "periodStart"),
            8, Set.of(),
            10, Set.of("category", "role", "basisYuan", "referenceNo", "periodStart"),
            11, Set.of("category", "basisYuan", "referenceNo"),
            12, Set.of("basisYuan", "periodStart"),
            13, Set.of("category", "hiredOn", "periodStart", "basisYuan"));

    private static final Map<Integer, List<String>> CATEGORIES = Map.of(
            2, List.of("DOCTOR", "MASTER"),
            3, List.of("NATIONAL", "REGION"),
            5, List.of("CONSULTING", "PART_TIME", "TECH_SHARES"),
            10, List.of("NATIONAL", "REGION"),
            11, List.of("INVENTION", "UTILITY_MODEL", "DESIGN"),
            13, List.of("TALENT_CLASS", "PRINCIPAL", "TECHNICAL_LEAD"));

    private static final Map<Integer, List<String>> ROLES =
            Map.of(10, List.of("FIRST_UNIT", "UNIT", "MAIN_RESEARCHER", "OTHER"));

    /** Fields a measure shows besides the ones it requires. */
    private static final Map<Integer, Set<String>> OPTIONAL = Map.of(
            1, Set.of("requestedYuan"),
            3, Set.of("requestedYuan"),
            5, Set.of("apartment", "apartmentFrom"),
            8, Set.of("requestedYuan"),
            10, Set.of("grade"),
            11, Set.of("requestedYuan"),
            13, Set.of("grade", "taxYuan", "fullTime"));

    private MeasureForm() {}

    public static Set<String> required(int measureNo) {
        return REQUIRED.getOrDefault(measureNo, Set.of());
    }

    public static boolean shows(int measureNo, String field) {
        return required(measureNo).contains(field)
                || OPTIONAL.getOrDefault(measureNo, Set.of()).contains(field);
    }

    public static List<String> categories(int measureNo) {
        return CATEGORIES.getOrDefault(measureNo, List.of());
    }

    public static List<String> roles(int measureNo) {
        return ROLES.getOrDefault(measureNo, List.of());
    }
}
