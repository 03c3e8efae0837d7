package cn.gov.baotou.talent.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * One PhD through every state of the intake plan in the built WAR, over HTTP as the demo accounts: magnet submits,
 * the city office verifies (the Kundulun district office and the enterprise itself cannot), the three-party
 * agreement books the grant, city and zone finance pay their halves, the service period begins, magnet reports the
 * departure and the city office decides the recovery. The plan's 2022 version ended on 2025-12-31, so the city office
 * first enters the same numbers as the version of the tests' year (as data, never as code). Every day is the tests'
 * day ({@link TestDay}), on which the platform's clock started.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeLifecycleIT {

    static final String PASSWORD = "Baotou@2022";
    /** The tests' day, on which arquillian.xml starts the platform's clock ({@link TestDay}). */
    static final LocalDate TODAY = TestDay.TODAY;

    static final String PHD_ID = idNumber();

    static long magnet;
    static long hire;
    static long grant;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("talent.war")));
    }

    @Test
    @Order(1)
    @RunAsClient
    void theCityOfficeEntersThisYearsVersionAndTheZoneRecordsMagnetsJointAgreement() throws Exception {
        StringBuilder csv =
                new StringBuilder("policy,clause,key,type,value,unit,description,version,validFrom,validTo\n");
        int y = TODAY.getYear();
        for (String row : VERSION) {
            csv.append(row.replace("$Y", String.valueOf(y))).append('\n');
        }
        // refused when a version already covers the year (an earlier run, or a year of the 2022 version): fine
        send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/parameters/versions"))
                        .header("Content-Type", "text/csv; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)),
                "city");
        HttpResponse<String> found = get("api/v1/registry/enterprises?q=91150271MAYY0D013N", "magnet");
        assertEquals(200, found.statusCode(), found.body());
        magnet = number(found.body(), "id");
        HttpResponse<String> agreement = post(
                "api/v1/intake/joint-agreements",
                "{\"enterpriseId\":" + magnet + ",\"signedOn\":\"" + TODAY.minusDays(30) + "\",\"validTo\":\""
                        + TODAY.plusYears(1) + "\"}",
                "rezone");
        assertEquals(201, agreement.statusCode(), agreement.body());
    }

    @Test
    @Order(2)
    @RunAsClient
    void magnetSubmitsAPhdWhoseChecksAllPass() throws Exception {
        String body = "{\"name\":\"集成测试博士\",\"idNumber\":\"" + PHD_ID + "\",\"birthDate\":\"" + birthDate(PHD_ID)
                + "\",\"degree\":\"DOCTOR\",\"disciplineCode\":\"08\",\"major\":\"材料科学与工程\","
                + "\"institution\":\"北京科技大学\",\"degreeRecognised\":true,\"fromOutsideCity\":true,"
                + "\"workType\":\"RESEARCH_DEVELOPMENT\",\"jobTitle\":\"永磁材料研发工程师\",\"sourceKind\":\"EVENT\","
                + "\"sourceReference\":\"北京科技大学推介会\"}";
        HttpResponse<String> submitted = post("api/v1/intake/hires", body, "magnet");
        assertEquals(201, submitted.statusCode(), submitted.body());
        hire = number(submitted.body(), "id");
        assertTrue(submitted.body().contains("\"status\":\"SUBMITTED\""), submitted.body());
        assertTrue(submitted.body().contains("\"eligible\":true"), submitted.body());
        assertTrue(submitted.body().contains("\"clauseId\":\"intake.3.1\""), submitted.body());
        assertPage("intake/hires/hire.xhtml?id=" + hire, "city", "核实通过", "核实不通过", "审批意见");
        assertPage("intake/hires/list.xhtml?status=SUBMITTED", "city", "集成测试博士", "待核实");
    }

    @Test
    @Order(3)
    @RunAsClient
    void neitherAnotherDistrictNorTheEnterpriseMayVerifyButTheCityOfficeDoes() throws Exception {
        HttpResponse<String> kundulun = post(step("verification"), "{\"opinion\":\"同意\"}", "kundulun");
        assertTrue(kundulun.statusCode() == 403 || kundulun.statusCode() == 404, kundulun.body());
        HttpResponse<String> own = post(step("verification"), "{\"opinion\":\"同意\"}", "magnet");
        assertEquals(403, own.statusCode(), own.body());
        assertTrue(own.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> verified = post(step("verification"), "{\"opinion\":\"核实无误\"}", "city");
        assertEquals(200, verified.statusCode(), verified.body());
        assertTrue(verified.body().contains("\"status\":\"VERIFIED\""), verified.body());
    }

    @Test
    @Order(4)
    @RunAsClient
    void theThreePartyAgreementIsFiledAndBooksTheGrantSplitOneToOne() throws Exception {
        long copy = upload("city", magnet);
        HttpResponse<String> signed = post(
                step("agreement"),
                "{\"signedOn\":\"" + TODAY + "\",\"documentId\":" + copy + ",\"opinion\":\"三方协议已签订\"}",
                "city");
        assertEquals(200, signed.statusCode(), signed.body());
        assertTrue(signed.body().contains("\"status\":\"AGREEMENT_SIGNED\""), signed.body());
        grant = number(signed.body(), "grantId");
        HttpResponse<String> tooEarly = post(step("service-start"), "{}", "city");
        assertEquals(409, tooEarly.statusCode(), tooEarly.body());
        HttpResponse<String> ledger = get("api/v1/ledger/grants/" + grant, "rezonefinance");
        assertEquals(200, ledger.statusCode(), ledger.body());
        assertTrue(ledger.body().contains("\"cityShareYuan\":\"100000.00\""), ledger.body());
        assertTrue(ledger.body().contains("\"districtShareYuan\":\"100000.00\""), ledger.body());
    }

    @Test
    @Order(5)
    @RunAsClient
    void eachFinancePaysItsHalfAndTheCaseReadsSubsidyPaid() throws Exception {
        assertEquals(201, pay("cityfinance", "CITY").statusCode());
        HttpResponse<String> half = get("api/v1/intake/hires/" + hire, "magnet");
        assertTrue(half.body().contains("\"status\":\"AGREEMENT_SIGNED\""), half.body());
        assertEquals(201, pay("rezonefinance", "DISTRICT").statusCode());
        HttpResponse<String> paid = get("api/v1/intake/hires/" + hire, "magnet");
        assertTrue(paid.body().contains("\"status\":\"SUBSIDY_PAID\""), paid.body());
        assertTrue(paid.body().contains("\"action\":\"RECORD_PAYMENT\""), paid.body());
        assertPage("intake/hires/hire.xhtml?id=" + hire, "magnet", "补贴已拨付", "报告离职", "登记一事一议");
    }

    @Test
    @Order(6)
    @RunAsClient
    void theServicePeriodBeginsAndTheEnterpriseReportsTheDeparture() throws Exception {
        HttpResponse<String> serving = post(step("service-start"), "{\"note\":\"已到岗\"}", "city");
        assertEquals(200, serving.statusCode(), serving.body());
        assertTrue(serving.body().contains("\"status\":\"SERVING\""), serving.body());
        HttpResponse<String> departed = post(
                step("departure"),
                "{\"kind\":\"RESIGNED\",\"departedOn\":\"" + TODAY + "\",\"reason\":\"个人原因辞职\"}",
                "magnet");
        assertEquals(200, departed.statusCode(), departed.body());
        assertTrue(departed.body().contains("\"status\":\"DEPARTED\""), departed.body());
        assertTrue(departed.body().contains("\"proposedYuan\":\"200000.00\""), departed.body());
    }

    @Test
    @Order(7)
    @RunAsClient
    void theCityOfficeDecidesTheRecoveryAndTheLedgerBooksItBackToEachFinance() throws Exception {
        HttpResponse<String> refused = post(step("recovery"), "{\"reason\":\"追回\"}", "magnet");
        assertEquals(403, refused.statusCode(), refused.body());
        HttpResponse<String> decided = post(step("recovery"), "{\"reason\":\"服务未满 5 年，全额追回\"}", "city");
        assertEquals(200, decided.statusCode(), decided.body());
        assertTrue(decided.body().contains("\"decidedYuan\":\"200000.00\""), decided.body());
        for (String action : new String[] {
            "SUBMIT",
            "VERIFY",
            "SIGN_AGREEMENT",
            "RECORD_PAYMENT",
            "START_SERVICE",
            "REPORT_DEPARTURE",
            "DECIDE_RECOVERY"
        }) {
            assertTrue(decided.body().contains("\"action\":\"" + action + "\""), action + " in " + decided.body());
        }
        HttpResponse<String> ledger = get("api/v1/ledger/grants/" + grant, "city");
        assertTrue(ledger.body().contains("\"status\":\"RECOVERED\""), ledger.body());
        HttpResponse<String> again = post(step("recovery"), "{\"reason\":\"再次追回\"}", "city");
        assertEquals(409, again.statusCode(), again.body());
    }

    @Test
    @Order(8)
    @RunAsClient
    void eachRolesPagesShowTheCaseWithinItsScope() throws Exception {
        assertPage("intake/hires/hire.xhtml?id=" + hire, "city", "集成测试博士", "流程记录", "intake.3.1", "决定追回补贴");
        assertPage("intake/hires/list.xhtml", "magnet", "集成测试博士", "报送拟录用人员");
        assertPage("intake/hires/submit.xhtml", "magnet", "公民身份号码", "拟聘岗位");
        assertPage("intake/agreements.xhtml", "rezone", "包头示范稀土永磁材料有限公司", "登记联合招引协议");
        assertPage("intake/hires/exceptions.xhtml", "city", "年龄例外");
        assertPage("intake/hires/services.xhtml", "city", "服务保障与年度考核");
        assertPage("core/workbench.xhtml", "city", "待核实的拟录用人员", "逾期未登记的年度考核");
        HttpResponse<String> other = get("intake/hires/hire.xhtml?id=" + hire, "kundulun");
        assertTrue(other.body().contains("没有编号为 " + hire + " 的拟录用人员"), other.body());
        assertTrue(!other.body().contains("集成测试博士"), other.body());
    }

    private void assertPage(String path, String user, String... texts) throws Exception {
        HttpResponse<String> page = get(path, user);
        assertEquals(200, page.statusCode(), path + ": " + page.body());
        for (String text : texts) {
            assertTrue(page.body().contains(text), path + " shows " + text + ": " + page.body());
        }
    }

    private HttpResponse<String> pay(String user, String level) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/ledger/grants/" + grant + "/payments"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"financeLevel\":\"" + level + "\",\"amountYuan\":\"100000.00\",\"paidOn\":\"" + TODAY
                                        + "\",\"reference\":\"IT-" + level + "\"}",
                                StandardCharsets.UTF_8)),
                user);
    }

    private long upload(String user, long enterprise) throws Exception {
        String boundary = "----intake" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nAGREEMENT\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"enterpriseId\"\r\n\r\n"
                        + enterprise + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"agreement.pdf\""
                                + "\r\nContent-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(SamplePdf.of("three-party agreement"));
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/documents"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())),
                user);
        assertEquals(201, r.statusCode(), r.body());
        return number(r.body(), "id");
    }

    private String step(String name) {
        return "api/v1/intake/hires/" + hire + "/" + name;
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user);
    }

    private HttpResponse<String> post(String path, String json, String user) throws Exception {
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
                        + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Long.parseLong(m.group(1));
    }

    /** A valid 身份证号 of a man born on 1990-01-01 with a random sequence: a new person on every run. */
    private static String idNumber() {
        String first = "11010819900101"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1, 1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * weights[i];
        }
        return first + "10X98765432".charAt(sum % 11);
    }

    private static String birthDate(String id) {
        return id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14);
    }

    /** The intake plan's numbers of the 2022 version, entered again for the tests' year ($Y). */
    static final String[] VERSION = {
        "intake,intake.1,intake.target.year,INTEGER,$Y,年,博士硕士引进目标所在年度,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.1,intake.target.doctors,INTEGER,30,名,从市外引进博士研究生目标,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.1,intake.target.masters,INTEGER,100,名,从市外引进硕士研究生目标,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.3.1,intake.age.doctorMax,INTEGER,40,周岁,引进博士年龄上限,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.3.1,intake.age.masterMax,INTEGER,30,周岁,引进硕士年龄上限,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.3.2.1,intake.subsidy.doctorYuan,MONEY,200000.00,元,博士研究生一次性补贴,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.3.2.1,intake.subsidy.masterYuan,MONEY,100000.00,元,硕士研究生一次性补贴,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.3.2.1,intake.subsidy.cityShare,DECIMAL,0.5,比例,市级财政承担补贴的比例,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.4,intake.scope.keyProjectMinInvestmentYuan,MONEY,1000000000.00,元,新建重点项目企业投资下限,$Y,$Y-01-01,"
                + "$Y-12-31",
        "intake,intake.5.5,intake.payment.workingDays,INTEGER,10,个工作日,拨付补贴的期限,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.6.1,intake.service.years,INTEGER,5,年,最短服务期,$Y,$Y-01-01,$Y-12-31"
    };
}
