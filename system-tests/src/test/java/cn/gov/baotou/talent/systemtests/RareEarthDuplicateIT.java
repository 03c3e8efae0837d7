package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 资金支持不重复 across policies, in Chromium: intake books a PhD's subsidy (on a platform of its own, where the city
 * office first enters the intake version of the tests' year as data — the 2022 one ended on 2025-12-31 — and intake walks the
 * hire through its own API), then the enterprise applies for the same person under rare-earth measure 2 and the city
 * office's approval is refused by the ledger, the case naming intake's grant. Its own platform, so that the version it
 * enters changes nothing the other tests see.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RareEarthDuplicateIT {

    /** The tests' day, on which this platform's clock started ({@link TestDay}). */
    static final LocalDate TODAY = TestDay.TODAY;

    static final String PHD = "重复测试博士";

    private RunningPlatform platform;
    private final String idNumber = idNumber();
    private long intakeGrant;
    private String casePage;

    @BeforeAll
    void platform() {
        platform = new RunningPlatform(Path.of(System.getProperty("talent.st.dir"), "rare-earth-duplicate")).start();
    }

    @AfterAll
    void stop() {
        platform.close();
    }

    @Test
    @Order(1)
    void intakeBooksThePhdsSubsidyUnderAVersionTheCityOfficeEnteredAsData() throws Exception {
        StringBuilder csv =
                new StringBuilder("policy,clause,key,type,value,unit,description,version,validFrom,validTo\n");
        int y = TODAY.getYear();
        for (String row : INTAKE_VERSION) {
            csv.append(row.replace("$Y", String.valueOf(y))).append('\n');
        }
        HttpResponse<String> version = send(
                HttpRequest.newBuilder(URI.create(platform.url("/api/v1/parameters/versions")))
                        .header("Content-Type", "text/csv; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)),
                "city");
        assertThat(version.statusCode()).as(version.body()).isIn(200, 201);
        long magnet = number(get("/api/v1/registry/enterprises?q=91150271MAYY0D013N", "magnet"), "id");
        HttpResponse<String> agreement = post(
                "/api/v1/intake/joint-agreements",
                "{\"enterpriseId\":" + magnet + ",\"signedOn\":\"" + TODAY.minusDays(30) + "\",\"validTo\":\""
                        + TODAY.plusYears(1) + "\"}",
                "rezone");
        assertThat(agreement.statusCode()).as(agreement.body()).isEqualTo(201);
        HttpResponse<String> submitted = post(
                "/api/v1/intake/hires",
                "{\"name\":\"" + PHD + "\",\"idNumber\":\"" + idNumber + "\",\"birthDate\":\""
                        + idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-"
                        + idNumber.substring(12, 14)
                        + "\",\"degree\":\"DOCTOR\",\"disciplineCode\":\"08\",\"major\":\"材料科学与工程\","
                        + "\"institution\":\"北京科技大学\",\"degreeRecognised\":true,\"fromOutsideCity\":true,"
                        + "\"workType\":\"RESEARCH_DEVELOPMENT\",\"jobTitle\":\"永磁材料研发工程师\",\"sourceKind\":\"EVENT\","
                        + "\"sourceReference\":\"北京科技大学推介会\"}",
                "magnet");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        long hire = number(submitted, "id");
        HttpResponse<String> verified =
                post("/api/v1/intake/hires/" + hire + "/verification", "{\"opinion\":\"核实无误\"}", "city");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        HttpResponse<String> signed = post(
                "/api/v1/intake/hires/" + hire + "/agreement",
                "{\"signedOn\":\"" + TODAY + "\",\"documentId\":" + upload(magnet) + ",\"opinion\":\"三方协议已签订\"}",
                "city");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        intakeGrant = number(signed, "grantId");
    }

    @Test
    @Order(2)
    void aRareEarthApplicationForTheSamePersonIsRefusedByTheLedgerNamingIntakesGrant() {
        WebDriver magnet = SignedInBrowser.as(platform, "magnet");
        try {
            magnet.get(platform.url("/rare-earth/applications.xhtml"));
            new Select(magnet.findElement(By.id("apply:measureNo"))).selectByValue("2");
            RareEarthPagesIT.wait(magnet).until(ExpectedConditions.presenceOfElementLocated(By.id("apply:hiredOn")));
            magnet.findElement(By.cssSelector("input[name='apply:beneficiaryKind'][value='PERSON']"))
                    .click();
            magnet.findElement(By.id("apply:personName")).sendKeys(PHD);
            magnet.findElement(By.id("apply:personIdNumber")).sendKeys(idNumber);
            magnet.findElement(By.id("apply:subject")).sendKeys("规上稀土企业引进博士研究生");
            new Select(magnet.findElement(By.id("apply:category"))).selectByValue("DOCTOR");
            RareEarthPagesIT.date(magnet, "apply:hiredOn", "2025-11-03");
            RareEarthPagesIT.submit(magnet, "apply:submit");
            assertThat(magnet.getCurrentUrl()).contains("/rare-earth/application.xhtml?id=");
            assertThat(magnet.findElement(By.tagName("main")).getText()).contains("待市委人才办审核", "200000.00");
            casePage = magnet.getCurrentUrl();
        } finally {
            magnet.quit();
        }
        WebDriver city = SignedInBrowser.as(platform, "city");
        try {
            city.get(casePage);
            city.findElement(By.id("review:opinion")).sendKeys("同意");
            WebElement approve = city.findElement(By.xpath("//input[@type='submit' and @value='市委人才办审核通过']"));
            approve.click();
            RareEarthPagesIT.wait(city).until(Browser.replaced(approve));
            RareEarthPagesIT.page(city, "rare-earth-duplicate");
            assertThat(city.findElement(By.tagName("main")).getText())
                    .contains("已有同一用途资金支持", "资金台账不予重复支持", "第 " + intakeGrant + " 号", "intake.3.2.1", "资金支持不重复");
        } finally {
            city.quit();
        }
    }

    private long upload(long enterprise) throws Exception {
        String boundary = "----rare-earth" + UUID.randomUUID();
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
                HttpRequest.newBuilder(URI.create(platform.url("/api/v1/documents")))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())),
                "city");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return number(r, "id");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(platform.url(path))).GET(), user);
    }

    private HttpResponse<String> post(String path, String json, String user) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(platform.url(path)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
                user);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b, String user) throws Exception {
        b.header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long number(HttpResponse<String> r, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(r.body());
        assertThat(m.find()).as(field + " in " + r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** A valid 身份证号 of a man born on 1991-02-03: a new person on every run. */
    private static String idNumber() {
        String body = "11010819910203" + String.format("%03d", (int) (System.nanoTime() % 1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** The intake plan's numbers of the 2022 version, entered again for the tests' year ($Y). */
    static final String[] INTAKE_VERSION = {
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
