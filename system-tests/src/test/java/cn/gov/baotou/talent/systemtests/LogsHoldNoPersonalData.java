package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The logs of every platform the system tests ran hold no personal data (issue 15, the suite): no ID number, no
 * mobile phone number, no demo person's name, no password; and their access logs no request answered with a server
 * error (503, the answer of a platform not ready or without its database, is not one). The API operations that
 * answered 2xx somewhere in the run are written to {@code target/st/answered-operations.txt}. Run by its own failsafe execution after all the others,
 * when every platform has stopped and its log is whole (the system-tests pom).
 */
class LogsHoldNoPersonalData {

    private static final Pattern ID_NUMBER =
            Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{5}(19|20)\\d{9}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern ACCESS =
            Pattern.compile("access account=\\S+ role=\\S+ method=(\\S+) path=(\\S+) status=(\\d+) ms=\\d+");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");

    @Test
    void noLogHoldsAnIdNumberAPhoneANameOrAPassword() throws IOException {
        Path st = Path.of(System.getProperty("talent.st.dir"));
        List<Path> logs;
        try (Stream<Path> files = Files.walk(st)) {
            logs = files.filter(p -> p.getFileName().toString().endsWith(".log"))
                    .toList();
        }
        assertThat(logs).as("the platforms' logs under " + st).isNotEmpty();
        Set<String> names = demoNames();
        List<String> found = new ArrayList<>();
        long bytes = 0;
        long requests = 0;
        Set<String> answered = new java.util.TreeSet<>();
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            bytes += text.length();
            ID_NUMBER.matcher(text).results().limit(3).forEach(m -> found.add(log + ": ID number " + m.group()));
            PHONE.matcher(text).results().limit(3).forEach(m -> found.add(log + ": phone " + m.group()));
            names.stream().filter(text::contains).limit(3).forEach(n -> found.add(log + ": name " + n));
            var access = ACCESS.matcher(text);
            while (access.find()) {
                requests++;
                int status = Integer.parseInt(access.group(3));
                if (status >= 500 && status != 503) {
                    found.add(log + ": " + access.group());
                }
                if (status < 300 && access.group(2).startsWith("/api/")) {
                    answered.add(access.group(1) + " " + access.group(2));
                }
            }
            if (text.contains(Api.DEMO_PASSWORD)) {
                found.add(log + ": the demo password");
            }
            if (text.matches("(?s).*tpt_[0-9a-f]{16}_[A-Za-z0-9_-]{20,}.*")) {
                found.add(log + ": an API token's secret");
            }
        }
        System.out.println("LogsHoldNoPersonalData: " + logs.size() + " logs, " + bytes + " characters, " + names.size()
                + " names looked for; " + requests + " requests in the access log, " + answered.size()
                + " API operations answered 2xx");
        Files.write(st.resolve("answered-operations.txt"), answered);
        assertThat(found).isEmpty();
    }

    /** The demo persons' and hires' names (the seeds), which the platforms of the tests all hold. */
    private static Set<String> demoNames() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Path demo = Path.of(System.getProperty("talent.root"), "seeds/src/main/resources/seeds/demo");
        for (String file : List.of("persons.csv", "hires.csv")) {
            List<String> lines = Files.readAllLines(demo.resolve(file), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (cells.length > 1 && cells[1].length() >= 2) {
                    names.add(cells[1]);
                }
            }
        }
        return names;
    }
}
