package cn.gov.baotou.talent.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.testing.MessageArguments;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every place the code names one of the module's texts gives it an argument for each of its placeholders. */
class IntakeMessageArgumentsTest {

    @Test
    void everyTextIsGivenAnArgumentForEachOfItsPlaceholders() {
        MessageArguments.Scan scan =
                MessageArguments.of(Path.of("src", "main", "java"), "cn.gov.baotou.talent.intake.messages");
        assertThat(scan.calls()).as("calls counted").isGreaterThan(50);
        assertThat(scan.short_()).isEmpty();
    }
}
