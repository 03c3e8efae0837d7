package cn.gov.baotou.talent.core.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

/** A wrong-typed field of a body bound to a record is named, from what JSON-B (Yasson) says. */
class UnreadableBodyMapperTest {

    public record Form(String name, Long enterpriseId) {}

    @Test
    void theFieldJsonBCouldNotReadIsNamed() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            JsonbException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> jsonb.fromJson("{\"name\":\"x\",\"enterpriseId\":\"abc\"}", Form.class),
                    JsonbException.class);
            assertThat(UnreadableBodyMapper.field(new ProcessingException("reading failed", e)))
                    .contains("enterpriseId");
        }
    }

    @Test
    void aBodyThatIsNoJsonNamesNoField() {
        assertThat(UnreadableBodyMapper.field(new ProcessingException("Unexpected char 39 at (line no=1)")))
                .isEmpty();
    }
}
