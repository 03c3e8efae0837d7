package cn.gov.baotou.talent.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.testing.MessageArguments;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every place the code names one of the module's texts gives it an argument for each of its placeholders. */
class ReportingMessageArgumentsTest {

    @Test
    void everyTextIsGivenAnArgumentForEachOfItsPlaceholders() {
        for (String bundle : new String[] {
            "cn.gov.baotou.talent.reporting.messages",
            "cn.gov.baotou.talent.reporting.report.messages",
            "cn.gov.baotou.talent.reporting.forecast.messages"
        }) {
            MessageArguments.Scan scan = MessageArguments.of(Path.of("src", "main", "java"), bundle);
            assertThat(scan.calls()).as(bundle).isPositive();
            assertThat(scan.short_()).as(bundle).isEmpty();
        }
    }
}
