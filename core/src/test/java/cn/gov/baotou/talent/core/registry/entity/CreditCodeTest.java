package cn.gov.baotou.talent.core.registry.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void acceptsTheStandardsOwnExample() {
        // GB 32100-2015, appendix: 91350100M000100Y43
        assertThat(CreditCode.of("91350100M000100Y43").divisionCode()).isEqualTo("350100");
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpaces() {
        assertThat(CreditCode.of(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertRefused("91350100M000100Y44", "registry.creditCode.check");
    }

    @Test
    void refusesAWrongOrganisationCheckCharacter() {
        // the 17th character (organisation code check) changed and the 18th recomputed would still not save it
        assertRefused("91350100M000100Y53", "registry.creditCode.organisationCheck");
    }

    @Test
    void refusesLettersTheStandardDoesNotUse() {
        assertRefused("91350100M000100I43", "registry.creditCode.character");
        assertRefused("91350100M000100O43", "registry.creditCode.character");
    }

    @Test
    void refusesAWrongLength() {
        assertRefused("91350100M000100Y4", "registry.creditCode.length");
        assertRefused("", "registry.creditCode.length");
        assertRefused(null, "registry.creditCode.length");
    }

    @Test
    void everyLastCharacterButOneIsRefused() {
        String body = "91350100M000100Y4";
        long valid = "0123456789ABCDEFGHJKLMNPQRTUWXY"
                .chars()
                .filter(c -> CreditCode.isValid(body + (char) c))
                .count();
        assertThat(valid).isEqualTo(1);
    }

    private static void assertRefused(String code, String rule) {
        assertThatThrownBy(() -> CreditCode.of(code))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> {
                    InvalidInput invalid = (InvalidInput) e;
                    assertThat(invalid.errors()).singleElement().satisfies(f -> {
                        assertThat(f.field()).isEqualTo("creditCode");
                        assertThat(f.messageKey()).isEqualTo(rule);
                    });
                });
    }
}
