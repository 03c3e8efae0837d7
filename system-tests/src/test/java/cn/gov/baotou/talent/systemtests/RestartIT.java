package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The embedded H2 file database keeps what was written when the platform stops and starts again. */
class RestartIT {

    @Test
    void aRegisteredEnterpriseIsStillThereAfterARestart() throws Exception {
        Path dir = Path.of(System.getProperty("talent.st.dir"), "restart");
        String location;
        try (RunningPlatform first = new RunningPlatform(dir).start()) {
            HttpResponse<String> created = send(
                    first,
                    HttpRequest.newBuilder(URI.create(first.url("/api/v1/registry/enterprises")))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"creditCode\":\"91150203MATT00049U\","
                                            + "\"name\":\"包头重启测试材料有限公司\",\"districtCode\":\"150203\","
                                            + "\"industryCode\":\"NEW_MATERIALS\",\"aboveDesignatedSize\":true}",
                                    StandardCharsets.UTF_8)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            location = URI.create(created.headers().firstValue("Location").orElseThrow())
                    .getPath();
        }
        try (RunningPlatform second = new RunningPlatform(dir).start()) {
            HttpResponse<String> read = send(
                    second,
                    HttpRequest.newBuilder(URI.create(second.url(location))).GET());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("包头重启测试材料有限公司", "91150203MATT00049U");
        }
    }

    private static HttpResponse<String> send(RunningPlatform p, HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString("city:Baotou@2022".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        request.header("Authorization", "Basic " + basic).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
