package cn.gov.baotou.talent.servicesplan.flow.boundary;

import cn.gov.baotou.talent.core.rest.FieldError;
import cn.gov.baotou.talent.core.rest.InvalidInput;
import java.util.Arrays;
import java.util.List;

/** A page of a list as the API asks for it: page from 0, size 1 to 200; and a status filter read by name. */
public record Paging(int page, int size) {

    public static Paging of(int page, int size) {
        return new Paging(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    public int first() {
        return page * size;
    }

    /** The status named, null when none is; an unknown name is refused naming the field {@code status}. */
    public static <E extends Enum<E>> E status(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            String choices = String.join(
                    "|", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw new InvalidInput(List.of(FieldError.of("status", "request.oneOf", name, choices)));
        }
    }
}
