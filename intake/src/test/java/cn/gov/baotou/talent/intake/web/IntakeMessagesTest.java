package cn.gov.baotou.talent.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Intake's texts exist in both languages, every state and action has one, and each with arguments formats. */
class IntakeMessagesTest {

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(
                IntakeMessagesTest.class.getResourceAsStream(
                        "/cn/gov/baotou/talent/intake/messages_" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysAndEveryStateAndActionIsNamed() throws IOException {
        Properties zh = bundle("zh_CN");
        Properties en = bundle("en");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        Arrays.stream(HireStatus.values()).forEach(s -> assertThat(zh).containsKey("hire.status." + s.name()));
        Arrays.stream(HireAction.values()).forEach(a -> assertThat(zh).containsKey("hire.action." + a.name()));
    }

    @Test
    void everyTextWithArgumentsFormatsAndNoneWithoutShowsADoubledQuote() throws IOException {
        for (Properties p : new Properties[] {bundle("zh_CN"), bundle("en")}) {
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.contains("{0}")) {
                    assertThat(new MessageFormat(text).format(new Object[] {"a", "b", "c", "d"}))
                            .as(key)
                            .doesNotContain("{0}");
                } else {
                    assertThat(text).as(key).doesNotContain("''");
                }
            }
        }
    }
}
