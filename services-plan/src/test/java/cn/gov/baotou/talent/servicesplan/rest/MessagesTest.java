package cn.gov.baotou.talent.servicesplan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text of the plan exists in Chinese and English, and each is a valid message pattern in both. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryPatternParses() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            new MessageFormat(zh.getProperty(key), Locale.CHINESE);
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            assertThat(en.getProperty(key)).as(key).doesNotContain("'");
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/cn/gov/baotou/talent/servicesplan/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
