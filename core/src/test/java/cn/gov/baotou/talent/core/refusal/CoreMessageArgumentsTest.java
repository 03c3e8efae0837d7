package cn.gov.baotou.talent.core.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.testing.MessageArguments;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every place the code names one of the module's texts gives it an argument for each of its placeholders. */
class CoreMessageArgumentsTest {

    @Test
    void everyTextIsGivenAnArgumentForEachOfItsPlaceholders() {
        MessageArguments.Scan scan =
                MessageArguments.of(Path.of("src", "main", "java"), "cn.gov.baotou.talent.core.messages");
        assertThat(scan.calls()).as("calls counted").isGreaterThan(50);
        assertThat(scan.short_()).isEmpty();
    }

    @Test
    void theScanCountsTheArgumentsAtTheCallAsTheCodeGivesThem() {
        String code = "Check.passed(\"v\", c, B, \"check.version\", a, f(b, c), \"x,y\", List.of(d, e));"
                + " new NotFound(new MessageRef(B, \"hire.notFound\"), id);"
                + " m.get(B, \"plain.key\");"
                + " String k = \"not.a.call\" + n;";
        assertThat(MessageArguments.after(code, code.indexOf("\"check.version\"") + 15))
                .as("a, f(b, c), a text with a comma, and a list of two")
                .isEqualTo(5);
        int ref = code.indexOf("\"hire.notFound\"");
        assertThat(MessageArguments.callName(code, ref)).isEqualTo("MessageRef");
        assertThat(MessageArguments.afterRef(code, ref + 15)).isEqualTo(1);
        assertThat(MessageArguments.after(code, code.indexOf("\"plain.key\"") + 11))
                .isZero();
        assertThat(MessageArguments.after(code, code.indexOf("\"not.a.call\"") + 12))
                .isEqualTo(-1);
        assertThat(MessageArguments.placeholders("按{4}（{3}）有效的 {0} 版")).isEqualTo(5);
        assertThat(MessageArguments.placeholders("the plan''s minimum")).isZero();
    }
}
