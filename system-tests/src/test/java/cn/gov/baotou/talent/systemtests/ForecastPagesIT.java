package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The budget forecast in Chromium, on a platform of its own (it enters a policy version): the city office enters the
 * intake version of the tests' year ({@link TestDay}), magnet submits two PhDs; then in the browser the city office copies the version in force as a
 * draft, raises the PhD subsidy to 30 万元, and the forecast shows each finance's difference (+5 万 per PhD for the
 * city and for the rare-earth zone). A district office is refused the forecast and the drafts; the API answers 401
 * without sign-in and 403 to another role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForecastPagesIT {

    /** The tests' day, on which this platform's clock started ({@link TestDay}). */
    static final LocalDate TODAY = TestDay.TODAY;
    /** The year of the version entered below. */
    static final int Y = TODAY.getYear();
    /**
     * Where the drafts page proposes the draft to begin: tomorrow, since the version entered below is in force today;
     * on 31 December that is 1 January of the next year.
     */
    static final LocalDate DRAFT_START = TODAY.plusDays(1);
    /** The year the forecast shows: the year of the draft's first day (a draft for next year says nothing of this). */
    static final int FORECAST_YEAR = DRAFT_START.getYear();

    static final String DOCTOR = "intake.subsidy.doctorYuan";
    /**
     * The intake plan's numbers of the 2022 version as version $Y, from 1 January of the tests' year to 31 December of
     * the year the draft begins in ($E: the same year, or the next when the tests' day is 31 December): so that on
     * every day of the draft's first year a stored version holds, which the draft is weighed against and which the
     * decisions of those days still read.
     */
    static final String[] VERSION = {
        "intake,intake.1,intake.target.year,INTEGER,$Y,年,博士硕士引进目标所在年度,$Y,$Y-01-01,$E-12-31",
        "intake,intake.1,intake.target.doctors,INTEGER,30,名,从市外引进博士研究生目标,$Y,$Y-01-01,$E-12-31",
        "intake,intake.1,intake.target.masters,INTEGER,100,名,从市外引进硕士研究生目标,$Y,$Y-01-01,$E-12-31",
        "intake,intake.3.1,intake.age.doctorMax,INTEGER,40,周岁,引进博士年龄上限,$Y,$Y-01-01,$E-12-31",
        "intake,intake.3.1,intake.age.masterMax,INTEGER,30,周岁,引进硕士年龄上限,$Y,$Y-01-01,$E-12-31",
        "intake,intake.3.2.1,intake.subsidy.doctorYuan,MONEY,200000.00,元,博士研究生一次性补贴,$Y,$Y-01-01,$E-12-31",
        "intake,intake.3.2.1,intake.subsidy.masterYuan,MONEY,100000.00,元,硕士研究生一次性补贴,$Y,$Y-01-01,$E-12-31",
        "intake,intake.3.2.1,intake.subsidy.cityShare,DECIMAL,0.5,比例,市级财政承担补贴的比例,$Y,$Y-01-01,$E-12-31",
        "intake,intake.4,intake.scope.keyProjectMinInvestmentYuan,MONEY,1000000000.00,元,新建重点项目企业投资下限,$Y,"
                + "$Y-01-01,$E-12-31",
        "intake,intake.5.5,intake.payment.workingDays,INTEGER,10,个工作日,拨付补贴的期限,$Y,$Y-01-01,$E-12-31",
        "intake,intake.6.1,intake.service.years,INTEGER,5,年,最短服务期,$Y,$Y-01-01,$E-12-31"
    };

    private final HttpClient http = HttpClient.newHttpClient();
    private RunningPlatform platform;
    private WebDriver city;
    private String draftId;

    @BeforeAll
    void platformWithTwoPhdsInThePipeline() {
        // a fresh database each run: the version entered below would overlap the one a previous run entered
        Path data = Path.of(System.getProperty("talent.st.dir"), "forecast");
        deleteTree(data);
        platform = new RunningPlatform(data).start();
        StringBuilder csv =
                new StringBuilder("policy,clause,key,type,value,unit,description,version,validFrom,validTo\n");
        for (String row : VERSION) {
            csv.append(row.replace("$Y", String.valueOf(Y)).replace("$E", String.valueOf(FORECAST_YEAR)))
                    .append('\n');
        }
        HttpResponse<String> version = send("city", "POST", "/api/v1/parameters/versions", "text/csv", csv.toString());
        assertThat(version.statusCode()).as(version.body()).isEqualTo(200);
        HttpResponse<String> found =
                Api.as(platform, "magnet").get("/api/v1/registry/enterprises?q=91150271MAYY0D013N");
        String magnet = first(found.body(), "\"id\":(\\d+)");
        HttpResponse<String> agreement = Api.as(platform, "rezone")
                .post(
                        "/api/v1/intake/joint-agreements",
                        "{\"enterpriseId\":" + magnet + ",\"signedOn\":\"" + TODAY.minusDays(30) + "\",\"validTo\":\""
                                + TODAY.plusYears(1) + "\"}");
        assertThat(agreement.statusCode()).as(agreement.body()).isEqualTo(201);
        for (String born : new String[] {"19900512", "19920820"}) {
            String id = idNumber("150203" + born + "015");
            HttpResponse<String> hire = Api.as(platform, "magnet")
                    .post(
                            "/api/v1/intake/hires",
                            "{\"name\":\"测算博士" + born.substring(2, 4) + "\",\"idNumber\":\"" + id
                                    + "\",\"birthDate\":\"" + born.substring(0, 4) + "-" + born.substring(4, 6) + "-"
                                    + born.substring(6) + "\",\"degree\":\"DOCTOR\",\"disciplineCode\":\"08\","
                                    + "\"major\":\"材料科学与工程\",\"institution\":\"北京科技大学\",\"degreeRecognised\":true,"
                                    + "\"fromOutsideCity\":true,\"workType\":\"RESEARCH_DEVELOPMENT\","
                                    + "\"jobTitle\":\"永磁材料研发工程师\"}");
            assertThat(hire.statusCode()).as(hire.body()).isEqualTo(201);
        }
        city = SignedInBrowser.as(platform, "city");
    }

    @AfterAll
    void stop() {
        if (city != null) {
            city.quit();
        }
        platform.close();
    }

    @Test
    @Order(1)
    void theCityOfficeCopiesTheVersionInForceAsADraftAndRaisesThePhdSubsidy() {
        city.get(platform.url("/core/admin/parameters.xhtml"));
        city.findElement(By.id("drafts-link")).click();
        wait(city).until(ExpectedConditions.presenceOfElementLocated(By.id("copy:name")));
        Browser.screenshot(city, "forecast-drafts");
        // the proposed start: tomorrow, since the version entered is in force today
        assertThat(city.findElement(By.id("copy:validFrom")).getAttribute("value"))
                .isEqualTo(DRAFT_START.toString());
        city.findElement(By.id("copy:name")).sendKeys("提高博士补贴至 30 万元");
        WebElement create = city.findElement(By.id("copy:create"));
        create.click();
        wait(city).until(Browser.replaced(create));
        assertThat(city.getCurrentUrl()).contains("/core/admin/draft.xhtml?id=");
        draftId = city.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        WebElement doctor =
                city.findElement(By.xpath("//tr[.//code[text()='" + DOCTOR + "']]//input[contains(@id, ':value')]"));
        assertThat(doctor.getAttribute("value")).isEqualTo("200000.00");
        doctor.clear();
        doctor.sendKeys("300000");
        WebElement save = city.findElement(By.id("draft:save"));
        save.click();
        wait(city).until(Browser.replaced(save));
        Browser.screenshot(city, "forecast-draft");
        assertThat(city.findElement(By.id("messages")).getText()).contains("草稿已保存");
        assertThat(city.findElement(By.xpath("//tr[.//code[text()='" + DOCTOR + "']]//input[contains(@id, ':value')]"))
                        .getAttribute("value"))
                .isEqualTo("300000.00");
        // no decision sees a draft: the parameters in force on a day the draft covers still pay 20 万元
        assertThat(Api.anonymous(platform)
                        .get("/api/v1/parameters?date=" + DRAFT_START)
                        .body())
                .contains("\"key\":\"" + DOCTOR + "\",\"value\":\"200000.00\"");
    }

    @Test
    @Order(2)
    void theForecastShowsEachFinancesDifferenceInColour() {
        city.findElement(By.id("forecast")).click();
        wait(city).until(ExpectedConditions.presenceOfElementLocated(By.id("finances")));
        city.manage().window().setSize(new Dimension(1280, 2000));
        Browser.screenshot(city, "forecast-page");
        city.manage().window().setSize(new Dimension(1280, 900));
        WebElement cityFinance = city.findElement(By.id("finance-CITY"));
        // the demo hires are in the pipeline and the past years' volume too: the two PhDs entered above add at least
        // their halves (100,000.00 more for each finance that pays them), and every row adds up
        BigDecimal[] cityRow = money(cityFinance.getText());
        assertThat(cityFinance.getText()).contains("市财政", "%");
        assertThat(cityRow[1].subtract(cityRow[0])).isEqualByComparingTo(cityRow[2]);
        assertThat(cityRow[2]).isGreaterThanOrEqualTo(new BigDecimal("100000.00"));
        assertThat(cityFinance.findElement(By.cssSelector("td.up")).getText()).startsWith("+");
        String zone = city.findElement(By.id("finance-150271")).getText();
        assertThat(zone).contains("包头稀土高新技术产业开发区财政");
        assertThat(money(zone)[2]).isGreaterThanOrEqualTo(new BigDecimal("100000.00"));
        BigDecimal[] total = money(city.findElement(By.id("finance-total")).getText());
        assertThat(total[2]).isGreaterThanOrEqualTo(new BigDecimal("200000.00"));
        assertThat(city.findElement(By.id("lines-CITY")).getText())
                .contains("博士硕士引进", "intake.3.2.1", "博士研究生一次性补贴", "在途案件");
        // the page shows the year of the draft's first day
        assertThat(city.findElement(By.id("subtitle")).getText())
                .contains("提高博士补贴至 30 万元", String.valueOf(FORECAST_YEAR));
        // the same by REST, and as PDF
        HttpResponse<String> json = send(
                "city",
                "GET",
                "/api/v1/reports/forecast?draft=" + draftId + "&year=" + FORECAST_YEAR + "&pastYears=2",
                null,
                null);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"finance\":\"CITY\"", "\"differenceYuan\":");
        HttpResponse<byte[]> pdf =
                bytes("city", "/api/v1/reports/forecast.pdf?draft=" + draftId + "&year=" + FORECAST_YEAR);
        if (pdf.statusCode() == 200) {
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            write("forecast.pdf", pdf.body());
        } else {
            // the PDF renderer comes with the reporting engine; until it is deployed the API says so
            assertThat(pdf.statusCode()).isEqualTo(503);
        }
    }

    @Test
    @Order(3)
    void aDistrictOfficeIsRefusedTheForecastAndTheDraftsAndNobodyUnsignedReadsIt() {
        WebDriver district = SignedInBrowser.as(platform, "kundulun");
        try {
            district.get(platform.url("/reports/forecast.xhtml?draft=" + draftId));
            Browser.screenshot(district, "forecast-refused-district");
            assertThat(district.findElements(By.id("finances"))).isEmpty();
            assertThat(district.getPageSource()).doesNotContain("200,000.00");
            district.get(platform.url("/core/admin/drafts.xhtml"));
            assertThat(district.findElements(By.id("copy:name"))).isEmpty();
            district.get(platform.url("/core/workbench.xhtml"));
            assertThat(district.getPageSource()).doesNotContain("/reports/forecast.xhtml");
        } finally {
            district.quit();
        }
        String path = "/api/v1/reports/forecast?draft=" + draftId;
        assertThat(send("kundulun", "GET", path, null, null).statusCode()).isEqualTo(403);
        assertThat(send("kundulunfinance", "GET", path, null, null).statusCode())
                .isEqualTo(403);
        assertThat(send("leader", "GET", path, null, null).statusCode()).isEqualTo(403);
        assertThat(send(null, "GET", path, null, null).statusCode()).isEqualTo(401);
        assertThat(send(null, "GET", "/api/v1/reports/forecast.pdf?draft=" + draftId, null, null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(send("kundulun", "GET", "/api/v1/parameters/drafts", null, null)
                        .statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> send(String user, String method, String path, String type, String body) {
        HttpRequest.Builder r = request(user, path);
        r.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            r.header("Content-Type", type + "; charset=UTF-8");
        }
        try {
            return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> bytes(String user, String path) {
        try {
            return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder r =
                HttpRequest.newBuilder(URI.create(platform.url(path))).timeout(Duration.ofSeconds(60));
        if (user != null) {
            r.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return r;
    }

    private static void write(String name, byte[] content) {
        try {
            Path dir = Path.of(System.getProperty("talent.st.dir"), "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot clear " + dir, e);
        }
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    /** A GB 11643 identity number: the 17 digits given and their check character. */
    static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** The amounts of a row as shown (in force, draft, difference, …), without their separators. */
    private static BigDecimal[] money(String row) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("[+-]?[\\d,]+\\.\\d{2}(?!%)").matcher(row);
        java.util.List<BigDecimal> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(new BigDecimal(m.group().replace(",", "").replace("+", "")));
        }
        return found.toArray(BigDecimal[]::new);
    }
}
