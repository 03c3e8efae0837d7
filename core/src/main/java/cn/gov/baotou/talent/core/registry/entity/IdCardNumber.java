package cn.gov.baotou.talent.core.registry.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence (odd for men), and a
 * check character over the first 17.
 */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final String value;

    private IdCardNumber(String value) {
        this.value = value;
    }

    public static IdCardNumber of(String text) {
        String v = text == null ? "" : text.strip().toUpperCase();
        String problem = check(v);
        if (problem != null) {
            throw new InvalidRegistryValue("idNumber", problem, null);
        }
        return new IdCardNumber(v);
    }

    public static boolean isValid(String text) {
        return text != null && check(text.strip().toUpperCase()) == null;
    }

    private static String check(String v) {
        if (v.length() != 18 || !v.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return "registry.idNumber.format";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (v.charAt(i) - '0') * WEIGHTS[i];
        }
        if (CHECK.charAt(sum % 11) != v.charAt(17)) {
            return "registry.idNumber.check";
        }
        try {
            LocalDate.of(
                    Integer.parseInt(v.substring(6, 10)),
                    Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            return "registry.idNumber.birthDate";
        }
        return null;
    }

    public LocalDate birthDate() {
        return LocalDate.of(
                Integer.parseInt(value.substring(6, 10)),
                Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.M : Gender.F;
    }

    public String addressCode() {
        return value.substring(0, 6);
    }

    /** The form every role but the city office and the person's own enterprise sees: 110105********1234. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdCardNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Never the full number: this ends up in logs. */
    @Override
    public String toString() {
        return masked();
    }
}
