package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reports over HTTP against the running uber-jar, filled by JasperReports inside Payara: leadership downloads the
 * target report as PDF and Excel; a district office gets its own district only; an enterprise is refused, an anonymous
 * caller asked to sign in; bad parameters are refused naming the field.
 */
class ReportsApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final RunningPlatform platform = RunningPlatform.shared();

    @Test
    void leadershipDownloadsTheTargetReportAsPdfAndExcel() {
        HttpResponse<byte[]> pdf = get("leader", "/api/v1/reports/targets.pdf?year=2024", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        // PDF/A: the XMP metadata names the conformance
        assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1)).contains("pdfaid:part");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("filename=\"targets-2024.pdf\"")
                .contains("filename*=UTF-8''" + "%E7%9B%AE%E6%A0%87"); // 目标…

        HttpResponse<byte[]> xlsx = get("leader", "/api/v1/reports/targets.xlsx?from=2024-01&to=2024-06", null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("targets-2024-01_2024-06.xlsx");
    }

    @ParameterizedTest(name = "{0} asks for {1}: {2}")
    @CsvSource({
        "city, funds.pdf?year=2024, 200",
        "city, services.xlsx?year=2024&district=150203, 200",
        "rezone, targets.pdf?year=2024&district=150271, 200",
        "rezone, targets.pdf?year=2024&district=150203, 403",
        "rezone, targets.pdf?year=2024, 403",
        "kundulun, retention.xlsx?year=2024&district=150203, 200",
        "magnet, targets.pdf?year=2024, 403",
        "cityfinance, funds.pdf?year=2024, 403",
        "hr, targets.pdf?year=2024, 403"
    })
    void eachRoleReadsTheScopeItMay(String account, String path, int status) {
        HttpResponse<byte[]> r = get(account, "/api/v1/reports/" + path, null);
        assertThat(r.statusCode()).isEqualTo(status);
        if (status == 403) {
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
    }

    @Test
    void anAnonymousCallerIsAskedToSignIn() {
        assertThat(get(null, "/api/v1/reports/targets.pdf?year=2024", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void badParametersAreRefusedNamingTheFieldInTheCallersLanguage() {
        HttpResponse<byte[]> zh = get("leader", "/api/v1/reports/targets.pdf?year=twenty", null);
        assertThat(zh.statusCode()).isEqualTo(400);
        String body = new String(zh.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"field\":\"year\"", "年度");
        HttpResponse<byte[]> en = get("leader", "/api/v1/reports/funds.xlsx?from=2024-01&to=2023-12", "en");
        assertThat(en.statusCode()).isEqualTo(400);
        assertThat(new String(en.body(), StandardCharsets.UTF_8)).contains("\"field\":\"to\"", "give both from and to");
        HttpResponse<byte[]> district = get("leader", "/api/v1/reports/targets.pdf?year=2024&district=999999", null);
        assertThat(new String(district.body(), StandardCharsets.UTF_8)).contains("\"field\":\"district\"");
        assertThat(get("leader", "/api/v1/reports/budget.pdf?year=2024", null).statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String account, String path, String language) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(platform.url(path))).GET();
        if (account != null) {
            String basic = Base64.getEncoder()
                    .encodeToString((account + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
