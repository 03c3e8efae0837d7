package cn.gov.baotou.talent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page of every module keeps to the Content-Security-Policy (script-src 'self', style-src 'self'): no style
 * attribute, no inline handler, no inline script, no h:commandLink (Faces renders its submit as an inline handler).
 * The browser would refuse them silently; this names the page and the line instead.
 */
class PagesKeepToTheContentPolicyTest {

    private static final Pattern REFUSED = Pattern.compile(
            "\\sstyle=\"|\\son[a-z]+=\"|<h:commandLink\\b|<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

    @Test
    void noPageHasWhatThePolicyRefuses() throws IOException {
        Path root = Path.of(System.getProperty("talent.root", ".."));
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .filter(p -> p.toString().contains("/src/main/"))
                    .toList();
            assertThat(pages).hasSizeGreaterThan(40);
            for (Path page : pages) {
                List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = REFUSED.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(root.relativize(page) + ":" + (i + 1) + " "
                                + m.group().strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
