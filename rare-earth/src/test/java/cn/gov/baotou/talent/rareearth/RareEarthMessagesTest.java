package cn.gov.baotou.talent.rareearth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.testing.MessageArguments;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the module exists in Chinese and English, reads as a MessageFormat, and every key the code names is there. */
class RareEarthMessagesTest {

    static final Pattern KEY = Pattern.compile(
            "\"((?:check|application|filing|measure|target|field|team|training|keyProblem|record|import)\\.[A-Za-z0-9.]+[A-Za-z0-9])\"");

    @Test
    void everyKeyIsInBothLanguagesAndIsAPatternMessageFormatReads() {
        Set<String> chinese = keys(Messages.CHINESE);
        assertThat(chinese).hasSizeGreaterThan(100).isEqualTo(keys(Locale.ENGLISH));
        for (Locale locale : new Locale[] {Messages.CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(RareEarthMessages.BUNDLE, locale);
            for (String key : chinese) {
                assertThatCode(() -> new MessageFormat(bundle.getString(key), locale))
                        .as("%s (%s)", key, locale)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesHasAText() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = KEY.matcher(read(f));
                while (m.find()) {
                    named.add(m.group(1));
                }
            });
        }
        assertThat(named).hasSizeGreaterThan(50);
        assertThat(keys(Messages.CHINESE)).containsAll(named);
    }

    /** Every place the code names a text gives it an argument for each placeholder (MessageArguments). */
    @Test
    void everyTextIsGivenAnArgumentForEachOfItsPlaceholders() {
        MessageArguments.Scan scan = MessageArguments.of(Path.of("src", "main", "java"), RareEarthMessages.BUNDLE);
        assertThat(scan.calls()).as("calls counted").isGreaterThan(100);
        assertThat(scan.short_()).isEmpty();
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(
                ResourceBundle.getBundle(RareEarthMessages.BUNDLE, locale).keySet());
    }
}
