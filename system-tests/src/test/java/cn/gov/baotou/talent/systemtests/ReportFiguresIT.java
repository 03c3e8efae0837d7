package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The target report as leadership and a district office download it from the demo platform, read back as text: the
 * PhDs and masters it says were brought in are the ones intake's own targets API counts in the database, for the
 * whole city and for one district.
 */
class ReportFiguresIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final RunningPlatform platform = RunningPlatform.shared();

    @ParameterizedTest(name = "{0}, {1}, district {2}")
    @CsvSource({"leader, 2022, ''", "leader, 2024, ''", "rezone, 2022, 150271", "kundulun, 2023, 150203"})
    void theTargetReportSaysWhatTheDatabaseCounts(String account, int year, String district) throws IOException {
        String scope = district.isEmpty() ? "" : "&district=" + district;
        String text = pdfText(get(account, "/api/v1/reports/targets.pdf?year=" + year + scope));
        String counted = new String(get("leader", "/api/v1/intake/targets?year=" + year), StandardCharsets.UTF_8);

        assertThat(text).contains("内部资料", year + " 年度");
        assertThat(achieved(text, "引进博士研究生")).isEqualTo(brought(counted, "DOCTOR", district));
        assertThat(achieved(text, "引进硕士研究生")).isEqualTo(brought(counted, "MASTER", district));
        assertThat(brought(counted, "DOCTOR", district) + brought(counted, "MASTER", district))
                .as("the demo data brings someone in here, so the comparison means something")
                .isPositive();
    }

    /** The achieved figure of a target's line: label, clause, unit, plan ("-" in a year without one), achieved. */
    private static long achieved(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "\\s+intake\\.1\\s+\\S+\\s+(?:[\\d,]+|-)\\s+([\\d,]+)")
                .matcher(text);
        assertThat(m.find()).as(label + " in the report's text").isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    /** The hires intake's targets API counts, by its rows (JSON-B writes their fields in alphabetical order). */
    private static long brought(String counted, String degree, String district) {
        Matcher row = Pattern.compile("\\{\"count\":(\\d+),\"degree\":\"(\\w+)\",\"districtCode\":\"(\\d+)\"")
                .matcher(counted);
        long sum = 0;
        while (row.find()) {
            if (row.group(2).equals(degree)
                    && (district.isEmpty() || row.group(3).equals(district))) {
                sum += Long.parseLong(row.group(1));
            }
        }
        return sum;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private byte[] get(String account, String path) {
        String basic = Base64.getEncoder()
                .encodeToString((account + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<byte[]> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(platform.url(path)))
                            .header("Authorization", "Basic " + basic)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
