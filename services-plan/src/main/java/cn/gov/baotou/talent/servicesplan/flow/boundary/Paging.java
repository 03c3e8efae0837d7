package cn.gov.baotou.talent.servicesplan.flow.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.util.Arrays;
import java.util.List;

/** A page of a list as the API asks for it: page from 0, size 1 to 200; and its filters read by name. */
public record Paging(int page, int size) {

    public static Paging of(int page, int size) {
        return new Paging(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    public int first() {
        return page * size;
    }

    /** The status named, null when none is; an unknown name is refused naming the field {@code status}. */
    public static <E extends Enum<E>> E status(Class<E> type, String name) {
        return choice(type, "status", name);
    }

    /** The constant named, null when none is; an unknown name is refused naming the field. */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            String choices = String.join(
                    "|", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw new InvalidInput(List.of(FieldError.of(field, "request.oneOf", name, choices)));
        }
    }

    /** A year as a list filter (2000 to 2100), null when none is given; anything else is refused naming the field. */
    public static Integer year(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInput(List.of(FieldError.of(field, "request.year", text)));
    }

    /** A district's six-digit division code as a list filter, null when none is given. */
    public static String district(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{6}")) {
            throw new InvalidInput(List.of(FieldError.of("district", "registry.district.unknown", text)));
        }
        return text.strip();
    }
}
