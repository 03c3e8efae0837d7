package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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

    /** The text of every XML part, read through the package's central directory (its entries carry no sizes). */
    private static String parts(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        StringBuilder all = new StringBuilder();
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().endsWith(".xml")) {
                        try (InputStream in = zip.getInputStream(e)) {
                            all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(all).as("an xlsx package").contains("<worksheet");
        return unescaped(all.toString());
    }

    /** XML's character references (the workbook writes every CJK character as one) as the characters. */
    private static String unescaped(String xml) {
        Matcher m = Pattern.compile("&#x([0-9a-fA-F]+);|&#([0-9]+);").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(out);
        return out.toString()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    String text() {
        return text;
    }
}
