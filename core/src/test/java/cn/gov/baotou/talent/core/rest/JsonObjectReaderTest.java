package cn.gov.baotou.talent.core.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonObjectReaderTest {

    private final JsonObjectReader reader = new JsonObjectReader();

    private JsonObject read(String body) throws IOException {
        return reader.readFrom(
                JsonObject.class,
                JsonObject.class,
                null,
                null,
                null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anObjectIsReadAsItIs() throws IOException {
        assertThat(read("{\"name\":\"包钢\",\"a\":[1,{\"b\":\"[{\"}]}").getString("name"))
                .isEqualTo("包钢");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n"})
    void anEmptyBodyIsAnEmptyObjectSoThatEachRequiredFieldIsNamed(String body) throws IOException {
        assertThat(read(body)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"x\"", "1", "null", "true"})
    void jsonThatIsNotAnObjectIsRefusedNamingTheBody(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.field()).isEqualTo("body");
                    assertThat(f.messageKey()).isEqualTo("request.body.object");
                }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\":}", "{\"a\":1}x", "不是 JSON"})
    void malformedJsonIsRefusedNamingTheBody(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(
                        e.errors().get(0).messageKey())
                .isEqualTo("request.body.json"));
    }

    @Test
    void nestingIsCountedOutsideStringsAndRefusedPastTheLimitOnly() throws IOException {
        String atLimit = "{\"a\":".repeat(JsonObjectReader.MAX_DEPTH) + "1" + "}".repeat(JsonObjectReader.MAX_DEPTH);
        assertThat(read(atLimit)).containsKey("a");
        String past = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> read(past)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(
                        e.errors().get(0).messageKey())
                .isEqualTo("request.body.tooDeep"));
        assertThat(JsonObjectReader.depth("{\"a\":\"[[[[\\\"{{\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(1);
    }
}
