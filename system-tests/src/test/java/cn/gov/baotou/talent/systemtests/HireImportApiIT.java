package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 批量报送 over HTTP: the template to download, a file with a bad row refused whole as 400 problem+json naming each
 * row and field (in English when asked), a good file imported under its ticket, whose progress the enterprise (and no
 * one else) can read; other roles may not import.
 */
class HireImportApiIT {

    private static final String IMPORT = "/api/v1/intake/hires/import";

    private final RunningPlatform platform = IntakeCases.platform();
    private final Path files = Path.of(System.getProperty("talent.st.dir"), "uploads");

    @Test
    void theTemplateHasTheNoteTheHeadersAndTheExampleRow() {
        HttpResponse<byte[]> template = Api.as(platform, "magnet").download(IMPORT + "/template");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        List<List<String>> rows = HireWorkbooks.rows(template.body());
        assertThat(rows.get(0).get(0)).startsWith("填写说明").contains("每个文件最多 1000 行");
        assertThat(rows.get(1)).containsExactly(HireWorkbooks.HEADERS);
        assertThat(rows.get(2).get(0)).isEqualTo("张三（示例）");
    }

    @Test
    void aFileWithABadRowIsRefusedWholeNamingEachRowAndFieldAndNothingIsImported() throws IOException {
        long before = total();
        List<String[]> rows = new ArrayList<>();
        rows.add(HireWorkbooks.phd("接口甲", IntakeCases.idNumber(IntakeCases.young())));
        String[] bad = HireWorkbooks.phd("接口乙", IntakeCases.idNumber(IntakeCases.young()));
        bad[9] = "也许";
        rows.add(bad);
        byte[] file = Files.readAllBytes(HireWorkbooks.file(files, "api-bad.xlsx", rows));
        HttpResponse<String> refused =
                Api.as(platform, "magnet").postForm(IMPORT, Map.of(), "file", "api-bad.xlsx", file);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"rows[4].fromOutsideCity\"", "应填“是”或“否”");
        assertThat(total()).isEqualTo(before);
        HttpResponse<String> english = english(file);
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("should be Yes or No");
    }

    @Test
    void aGoodFileIsImportedUnderItsTicketWhoseProgressOnlyItsEnterpriseReads() throws IOException {
        long before = total();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(HireWorkbooks.phd("接口" + i, IntakeCases.idNumber(IntakeCases.young())));
        }
        byte[] file = Files.readAllBytes(HireWorkbooks.file(files, "api-good.xlsx", rows));
        String ticket = UUID.randomUUID().toString();
        HttpResponse<String> imported =
                Api.as(platform, "magnet").postForm(IMPORT, Map.of("ticket", ticket), "file", "api-good.xlsx", file);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(imported.headers().firstValue("Location").orElse("")).endsWith(IMPORT + "/" + ticket);
        assertThat(imported.body()).contains("\"rows\":3", "\"eligible\":3", "\"row\":3", "\"row\":5");
        assertThat(total()).isEqualTo(before + 3);
        HttpResponse<String> progress = Api.as(platform, "magnet").get(IMPORT + "/" + ticket);
        assertThat(progress.body()).contains("\"status\":\"IMPORTED\"", "\"imported\":3", "\"checked\":3");
        assertThat(Api.as(platform, "catalyst").get(IMPORT + "/" + ticket).statusCode())
                .isEqualTo(404);
        assertThat(Api.as(platform, "magnet").get(IMPORT).body()).contains(ticket);
        HttpResponse<String> again =
                Api.as(platform, "magnet").postForm(IMPORT, Map.of("ticket", ticket), "file", "api-good.xlsx", file);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("\"field\":\"ticket\"");
    }

    @Test
    void onlyAnEnterpriseImportsAndAnUnreadableFileIsSaidToBeSo() {
        byte[] csv = "姓名,公民身份号码\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Api.as(platform, "city")
                        .postForm(IMPORT, Map.of(), "file", "x.xlsx", csv)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> unreadable = Api.as(platform, "magnet").postForm(IMPORT, Map.of(), "file", "x.csv", csv);
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("\"field\":\"file\"", "无法读取该文件");
        HttpResponse<String> missing = Api.as(platform, "magnet")
                .postForm(IMPORT, Map.of("ticket", UUID.randomUUID().toString()), null, null, null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("请选择要导入的 Excel 文件");
    }

    private long total() {
        return IntakeCases.number(
                Api.as(platform, "magnet").get("/api/v1/intake/hires?size=1").body(), "total");
    }

    /** The same upload asking for English answers. */
    private HttpResponse<String> english(byte[] file) {
        String boundary = "----en" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bad.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(platform.url(IMPORT)))
                                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                    .header("Accept-Language", "en")
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString("magnet:Baotou@2022"
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
