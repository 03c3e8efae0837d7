package cn.gov.baotou.talent.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One nomination of the services plan walked through every review step of services-plan.5 in the deployed WAR, over
 * HTTP with the demo accounts: the enterprise (magnet, 稀土高新区) enters and its district office confirms its revenue;
 * it cannot apply itself — the platform's day (the tests' day, 2026-06-15) is after the service period, and it cannot
 * date its filing otherwise — so the city office enters its paper filing of the March 2025 window with the written
 * reason (services-plan.5.1, .7); the district office of another district is refused (404, by scope) and other roles
 * too (403); first review (a return, and the corrected paper filing entered again), city review, the meeting and the
 * feedback each by the right role; then a service request routed to the zone's task force.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServicesPlanReviewIT {

    static final String API = "api/v1/services-plan/";
    static long nomination;
    static long magnet;
    static long firstNominee;
    /** hr's service items before this walk: the demo data's approved nominees have some already. */
    static int hrItemsBefore;

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("talent.war")))
                .addClass(ServicesPlanReviewIT.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void theEnterpriseEntersItsRevenueAndOnlyItsDistrictOfficeConfirmsIt(@ArquillianResource URL base)
            throws Exception {
        hrItemsBefore = json(get(base, API + "service-items", "hr")).getInt("total");
        long evidence = json(upload(base, "magnet")).getJsonNumber("id").longValue();
        HttpResponse<String> entered = post(
                base,
                API + "figures",
                "{\"year\":2024,\"basis\":\"REVENUE\",\"amountYuan\":\"12000000000.00\",\"documentId\":" + evidence
                        + "}",
                "magnet");
        assertEquals(201, entered.statusCode(), entered.body());
        long figure = json(entered).getJsonNumber("id").longValue();
        assertEquals(
                404,
                post(base, API + "figures/" + figure + "/confirm", "{}", "kundulun")
                        .statusCode());
        HttpResponse<String> confirmed = post(base, API + "figures/" + figure + "/confirm", "{}", "rezone");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        JsonObject quota = json(get(base, API + "quota?year=2025", "magnet"));
        assertEquals(2, quota.getInt("quota"), quota.toString());
        magnet = quota.getJsonNumber("enterpriseId").longValue();
        assertEquals("services-plan.4.1.1", quota.getString("tierClause"));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theEnterpriseCannotDateItsFilingAndTheCityOfficeEntersItsPaperFilingWithinTheWindowAndQuota(
            @ArquillianResource URL base) throws Exception {
        HttpResponse<String> dated =
                post(base, API + "nominations", nomination("2025-03-05", nominee("韩磊", "011")), "magnet");
        assertEquals(400, dated.statusCode(), dated.body());
        assertTrue(dated.body().contains("\"field\":\"appliedOn\""), dated.body());
        assertTrue(dated.body().contains("filing.day.notToday"), dated.body());
        HttpResponse<String> today = post(base, API + "nominations", nomination(null, nominee("韩磊", "011")), "magnet");
        assertEquals(400, today.statusCode(), today.body());
        assertTrue(today.body().contains("filing.period.ended"), today.body());
        assertEquals(
                403,
                post(base, API + "nominations", paper("2025-03-05", nominee("韩磊", "011")), "rezone")
                        .statusCode());
        HttpResponse<String> noReason = post(
                base,
                API + "nominations",
                "{\"enterpriseId\":" + magnet + ",\"appliedOn\":\"2025-03-05\",\"nominees\":[" + nominee("韩磊", "011")
                        + "]}",
                "city");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());

        HttpResponse<String> late = post(base, API + "nominations", paper("2025-03-11", nominee("韩磊", "011")), "city");
        assertEquals(400, late.statusCode(), late.body());
        assertTrue(late.body().contains("\"field\":\"appliedOn\""), late.body());
        assertTrue(late.body().contains("2025-09-01"), late.body());

        HttpResponse<String> filed = post(
                base,
                API + "nominations",
                paper("2025-03-05", nominee("韩磊", "011") + "," + nominee("冯雪", "022")),
                "city");
        assertEquals(201, filed.statusCode(), filed.body());
        nomination = json(filed).getJsonNumber("id").longValue();
        firstNominee = json(filed)
                .getJsonArray("nominees")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals("2025-03-05", json(filed).getString("appliedOn"), filed.body());

        HttpResponse<String> third = post(base, API + "nominations", paper("2025-03-06", nominee("卫东", "033")), "city");
        assertEquals(400, third.statusCode(), third.body());
        assertTrue(third.body().contains("\"field\":\"nominees\""), third.body());
    }

    @Test
    @Order(3)
    @RunAsClient
    void theFirstReviewIsTheOwnDistrictOfficesAndNobodyElses(@ArquillianResource URL base) throws Exception {
        String review = API + "nominations/" + nomination + "/district-review";
        assertEquals(404, post(base, review, "{\"pass\":true}", "kundulun").statusCode());
        assertEquals(
                404, get(base, API + "nominations/" + nomination, "jiuyuan").statusCode());
        assertEquals(403, post(base, review, "{\"pass\":true}", "city").statusCode());
        assertEquals(403, post(base, review, "{\"pass\":true}", "magnet").statusCode());
        assertEquals(403, post(base, review, "{\"pass\":true}", "hr").statusCode());
        HttpResponse<String> noReason = post(base, review, "{\"pass\":false}", "rezone");
        assertEquals(400, noReason.statusCode(), noReason.body());

        assertStatus(post(base, review, "{\"pass\":false,\"opinion\":\"缺少任职文件\"}", "rezone"), "RETURNED");
        // after the service period the enterprise cannot file again itself; the city office enters its paper one
        assertEquals(
                400,
                post(
                                base,
                                API + "nominations/" + nomination + "/resubmit",
                                nomination(null, nominee("韩磊", "011") + "," + nominee("冯雪", "022")),
                                "magnet")
                        .statusCode());
        assertStatus(
                post(
                        base,
                        API + "nominations/" + nomination + "/resubmit",
                        "{\"appliedOn\":\"2025-03-12\",\"reason\":\"企业 2025-03-12 补交任职文件纸质件\",\"nominees\":["
                                + nominee("韩磊", "011") + "," + nominee("冯雪", "022") + "]}",
                        "city"),
                "DISTRICT_REVIEW");
        HttpResponse<String> passed = post(base, review, "{\"pass\":true,\"opinion\":\"材料齐全\"}", "rezone");
        assertStatus(passed, "CITY_REVIEW");
        // the nominees filed again are the ones the meeting decides on
        firstNominee = json(passed)
                .getJsonArray("nominees")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    @Order(4)
    @RunAsClient
    void theCityOfficeReviewsDecidesAtItsMeetingAndSendsTheResultBack(@ArquillianResource URL base) throws Exception {
        String review = API + "nominations/" + nomination + "/city-review";
        assertEquals(403, post(base, review, "{\"pass\":true}", "rezone").statusCode());
        assertStatus(post(base, review, "{\"pass\":true,\"opinion\":\"同意提交会议研究\"}", "city"), "MEETING");
        String meeting = "{\"meetingDate\":\"2025-03-18\",\"minutesNo\":\"包人才办会〔2025〕3号\",\"decisions\":[{"
                + "\"nominationId\":" + nomination + ",\"approvedNomineeIds\":[" + firstNominee + "]}]}";
        assertEquals(403, post(base, API + "meetings", meeting, "rezone").statusCode());
        HttpResponse<String> decided = post(base, API + "meetings", meeting, "city");
        assertEquals(201, decided.statusCode(), decided.body());
        assertEquals(
                403,
                post(base, API + "nominations/" + nomination + "/feedback", "{}", "magnet")
                        .statusCode());
        assertStatus(post(base, API + "nominations/" + nomination + "/feedback", "{}", "city"), "NOTIFIED");

        JsonObject seen = json(get(base, API + "nominations/" + nomination, "magnet"));
        assertEquals("NOTIFIED", seen.getString("status"));
        assertEquals(7, seen.getJsonArray("timeline").size(), seen.toString());
        assertEquals("APPROVED", seen.getJsonArray("nominees").getJsonObject(0).getString("outcome"));
        assertTrue(get(base, "api/v1/notifications", "magnet").body().contains("韩磊"));
        assertTrue(get(base, "api/v1/notifications", "hr").body().contains("韩磊"));
        JsonObject items = json(get(base, API + "service-items", "hr"));
        // 配偶就业、社会保险、职称评审 of the one approved nominee
        assertEquals(hrItemsBefore + 3, items.getInt("total"), items.toString());
    }

    @Test
    @Order(5)
    @RunAsClient
    void aServiceRequestGoesToTheZonesTaskForceAndIsRated(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> raised = post(
                base,
                API + "requests",
                "{\"module\":\"LABOUR\",\"title\":\"急需熟练技工\","
                        + "\"description\":\"新生产线投产，需要 20 名熟练技工\",\"raisedOn\":\"2025-03-20\"}",
                "magnet");
        assertEquals(201, raised.statusCode(), raised.body());
        long id = json(raised).getJsonNumber("id").longValue();
        String path = API + "requests/" + id;
        assertStatus(
                post(
                        base,
                        path + "/route",
                        "{\"departmentCode\":\"HUMAN_RESOURCES\",\"taskForce\":true," + "\"workingDays\":10}",
                        "city"),
                "ROUTED");
        assertEquals(404, get(base, path, "hr").statusCode());
        assertEquals(404, get(base, path, "education").statusCode());
        assertStatus(post(base, path + "/resolve", "{\"opinion\":\"已对接劳务公司，首批 20 人到岗\"}", "rezonehr"), "RESOLVED");
        assertStatus(post(base, path + "/rating", "{\"rating\":5,\"comment\":\"响应及时\"}", "magnet"), "RATED");
    }

    @Test
    @Order(6)
    @RunAsClient
    void everyRolesPagesRenderWithWhatItWorksOn(@ArquillianResource URL base) throws Exception {
        page(base, "magnet", "services-plan/figures.xhtml", "推荐名额");
        page(base, "magnet", "services-plan/nominations.xhtml?id=" + nomination, "流程记录", "韩磊", "包人才办会〔2025〕3号");
        page(base, "magnet", "services-plan/apply.xhtml", "推荐申请表", "申报日期（平台当天）");
        page(base, "city", "services-plan/apply.xhtml", "录入纸质申报", "包头示范稀土永磁材料有限公司", "录入理由");
        page(base, "magnet", "services-plan/requests.xhtml", "急需熟练技工");
        page(base, "magnet", "services-plan/services.xhtml", "配偶就业");
        page(base, "magnet", "services-plan/taskforces.xhtml", "稀土高新区人才服务专班");
        page(base, "rezone", "services-plan/figures.xhtml", "12,000,000,000.00");
        page(base, "rezone", "services-plan/nominations.xhtml", "包头示范稀土永磁材料有限公司");
        page(base, "city", "services-plan/meeting.xhtml", "会议研究确定与反馈");
        page(base, "city", "services-plan/window-notices.xhtml", "免申即享");
        page(base, "hr", "services-plan/services.xhtml", "社会保险");
        page(base, "hr", "core/workbench.xhtml", "待办理的服务保障项目");
        page(base, "rezonehr", "services-plan/requests.xhtml", "急需熟练技工");
    }

    private static void page(URL base, String user, String path, String... texts) throws Exception {
        HttpResponse<String> r = get(base, path, user);
        assertEquals(200, r.statusCode(), path + " as " + user + ": " + r.body());
        for (String text : texts) {
            assertTrue(r.body().contains(text), path + " as " + user + " lacks " + text);
        }
    }

    private static void assertStatus(HttpResponse<String> r, String status) {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(status, json(r).getString("status"), r.body());
    }

    private static String nomination(String day, String nominees) {
        return "{" + (day == null ? "" : "\"appliedOn\":\"" + day + "\",") + "\"nominees\":[" + nominees + "]}";
    }

    /** A nomination an enterprise filed on paper, as the city office enters it for magnet. */
    private static String paper(String day, String nominees) {
        return "{\"enterpriseId\":" + magnet + ",\"appliedOn\":\"" + day
                + "\",\"reason\":\"企业于申报期内报送纸质材料，经核实补录\",\"nominees\":[" + nominees + "]}";
    }

    private static String nominee(String name, String seq) {
        return "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber("15020719800101" + seq)
                + "\",\"kind\":\"EXECUTIVE\",\"jobTitle\":\"副总经理\",\"contribution\":\"牵头建成年产万吨级磁材生产线\"}";
    }

    /** The 18-digit number with its GB 11643 check character. */
    private static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static JsonObject json(HttpResponse<String> r) {
        JsonValue v = Json.createReader(new StringReader(r.body())).readValue();
        return v.asJsonObject();
    }

    private static HttpResponse<String> upload(URL base, String user) throws Exception {
        String boundary = "----svc" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nEVIDENCE\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"audit.pdf\""
                        + "\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(SamplePdf.of("2024 年度审计报告（测试）"));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/documents"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                user);
        assertEquals(201, r.statusCode(), r.body());
        return r;
    }

    private static HttpResponse<String> get(URL base, String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user);
    }

    private static HttpResponse<String> post(URL base, String path, String json, String user) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
                user);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b, String user) throws Exception {
        b.header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":Baotou@2022").getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
