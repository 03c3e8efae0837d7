package cn.gov.baotou.talent.core.registry.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdCardNumberTest {

    @Test
    void readsTheStandardsOwnExample() {
        // GB 11643-1999: 11010519491231002X, a woman born on 31 December 1949
        IdCardNumber n = IdCardNumber.of("11010519491231002x");
        assertThat(n.value()).isEqualTo("11010519491231002X");
        assertThat(n.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(n.gender()).isEqualTo(Gender.F);
        assertThat(n.addressCode()).isEqualTo("110105");
    }

    @Test
    void masksTheMiddleEightDigits() {
        assertThat(IdCardNumber.of("11010519491231002X").masked()).isEqualTo("110105********002X");
        assertThat(IdCardNumber.of("11010519491231002X").toString()).doesNotContain("19491231");
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertRefused("110105194912310021", "registry.idNumber.check");
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        // 1949-02-30 with a correct check digit for those 17 digits
        String body = "11010519490230002";
        assertRefused(body + checkDigit(body), "registry.idNumber.birthDate");
    }

    @Test
    void refusesLettersAndWrongLengths() {
        assertRefused("1101051949123100AX", "registry.idNumber.format");
        assertRefused("11010519491231002", "registry.idNumber.format");
        assertRefused(null, "registry.idNumber.format");
    }

    @Test
    void aStatedBirthDateMustAgreeWithTheNumber() {
        IdCardNumber n = IdCardNumber.of("11010519491231002X");
        assertThatThrownBy(() -> new Person("某", n, LocalDate.of(1949, 12, 30), null))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e ->
                        assertThat(((InvalidInput) e).errors().get(0).field()).isEqualTo("birthDate"));
    }

    static char checkDigit(String body) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static void assertRefused(String number, String rule) {
        assertThatThrownBy(() -> IdCardNumber.of(number))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors())
                        .singleElement()
                        .satisfies(f -> {
                            assertThat(f.field()).isEqualTo("idNumber");
                            assertThat(f.messageKey()).isEqualTo(rule);
                        }));
    }
}
