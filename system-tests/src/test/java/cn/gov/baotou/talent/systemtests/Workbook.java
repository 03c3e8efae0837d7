package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * An exported .xlsx as a user gets it — through the signed-in browser's session (the page's 导出 link) or as a demo
 * account over HTTP Basic — read as the text of its XML parts, enough to see what the sheet holds.
 */
final class Workbook {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String text;

    private Workbook(String text) {
        this.text = text;
    }

    /** What the browser's 导出 link downloads, in the browser's session. */
    static Workbook download(RunningPlatform platform, WebDriver browser, String href) {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        return fetch(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue()));
    }

    /** What a demo account downloads from {@code path}. */
    static Workbook as(RunningPlatform platform, String user, String path) {
        String basic =
                Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return fetch(HttpRequest.newBuilder(URI.create(platform.url(path))).header("Authorization", "Basic " + basic));
    }

    private static Workbook fetch(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode())
                    .as(new String(r.body(), StandardCharsets.UTF_8))
                    .isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue(XLSX);
            assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
            return new Workbook(parts(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String parts(byte[] xlsx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml")) {
                    all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(all).as("an xlsx package").contains("<worksheet");
        return all.toString();
    }

    String text() {
        return text;
    }
}
