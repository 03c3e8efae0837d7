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
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The services plan in Chromium on a platform of its own with fresh demo data (so the demo's cases are where the
 * README says, run after run): magnet enters its 2024 revenue — a wrong amount refused next to its field with the form
 * kept — and the zone's office confirms it; magnet cannot apply on the platform's day (the tests' day is after the
 * service period, and the form has no day of its own to type), so the city office enters its paper filing of the
 * September 2025 window with the written reason — a wrong 身份证号 refused next to it — and the zone's office passes
 * the first review (another district's office finds nothing); the city office
 * reviews it, decides it at a meeting and sends the result; a service request is raised, routed to the zone's task
 * force, resolved and rated; the lists search, sort, page and export. Every page is kept as a screenshot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServicesPlanPagesIT {

    private RunningPlatform platform;
    private String nomination;
    private String request;

    @BeforeAll
    void start() throws IOException {
        Path dir = Path.of(System.getProperty("talent.st.dir"), "services-plan");
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        platform = new RunningPlatform(dir).start();
    }

    @AfterAll
    void stop() {
        platform.close();
    }

    @Test
    @Order(1)
    void theEnterpriseEntersItsRevenueAndAWrongAmountIsShownNextToItsFieldWithTheFormKept() throws IOException {
        Path evidence = Files.createTempFile("audit-2024-", ".pdf");
        Files.write(evidence, SamplePdf.of("2024 audit report (test)"));
        WebDriver magnet = SignedInBrowser.as(platform, "magnet");
        try {
            magnet.get(platform.url("/services-plan/figures.xhtml"));
            magnet.findElement(By.id("figureForm:year")).sendKeys("2024");
            new Select(magnet.findElement(By.id("figureForm:basis"))).selectByValue("REVENUE");
            magnet.findElement(By.id("figureForm:amountYuan")).sendKeys("一百二十亿");
            magnet.findElement(By.id("figureForm:evidence")).sendKeys(evidence.toString());
            click(magnet, By.id("figureForm:enter"));
            Browser.screenshot(magnet, "services-plan-figure-refused");
            assertThat(errorNextTo(magnet, "figureForm:amountYuan")).contains("金额格式不正确");
            assertThat(value(magnet, "figureForm:year")).isEqualTo("2024");
            assertThat(magnet.getPageSource()).contains("已上传：");

            WebElement amount = magnet.findElement(By.id("figureForm:amountYuan"));
            amount.clear();
            amount.sendKeys("12000000000.00");
            click(magnet, By.id("figureForm:enter"));
            Browser.screenshot(magnet, "services-plan-figure-entered");
            assertThat(messages(magnet)).contains("2024 年度数据已提交，等待属地党委人才办确认");
            assertThat(magnet.findElement(By.id("figuresList")).getText()).contains("12,000,000,000.00", "待确认");
        } finally {
            magnet.quit();
        }
    }

    @Test
    @Order(2)
    void theZonesOfficeConfirmsItAndTheQuotaOf2025IsTwo() {
        WebDriver rezone = SignedInBrowser.as(platform, "rezone");
        try {
            rezone.get(platform.url("/services-plan/figures.xhtml?status=PENDING&basis=REVENUE"));
            WebElement row = rezone.findElement(By.xpath("//tr[td[contains(., '12,000,000,000.00')]]"));
            row.findElement(By.cssSelector("input[type=text]")).sendKeys("与 2024 年度审计报告一致");
            click(rezone, row.findElement(By.xpath(".//input[@value='确认']")));
            Browser.screenshot(rezone, "services-plan-figure-confirmed");
            assertThat(messages(rezone)).contains("已确认 包头示范稀土永磁材料有限公司 的数据");
        } finally {
            rezone.quit();
        }
        WebDriver magnet = SignedInBrowser.as(platform, "magnet");
        try {
            magnet.get(platform.url("/services-plan/figures.xhtml"));
            WebElement year = magnet.findElement(By.id("quotaForm:quotaYear"));
            year.clear();
            year.sendKeys("2025");
            click(magnet, By.id("quotaForm:showQuota"));
            Browser.screenshot(magnet, "services-plan-quota");
            assertThat(magnet.findElement(By.id("quotaForm")).getText()).contains("推荐名额 2", "services-plan.4.1.1");
        } finally {
            magnet.quit();
        }
    }

    @Test
    @Order(3)
    void theEnterpriseAppliesOnThePlatformsDayAndTheCityOfficeEntersItsPaperFilingWithTheFormKept() {
        WebDriver magnet = SignedInBrowser.as(platform, "magnet");
        try {
            magnet.get(platform.url("/services-plan/apply.xhtml"));
            // the day is the platform's: shown, not typed (services-plan.5.1)
            assertThat(magnet.findElements(By.cssSelector("input[id='applyForm:appliedOn']")))
                    .isEmpty();
            assertThat(magnet.findElement(By.id("applyForm:appliedOn")).getText())
                    .isEqualTo(TestDay.TODAY.toString());
            magnet.findElement(By.id("applyForm:rows:0:name")).sendKeys("韩晓东");
            magnet.findElement(By.id("applyForm:rows:0:idNumber")).sendKeys(idNumber("15027119820315012"));
            new Select(magnet.findElement(By.id("applyForm:rows:0:kind"))).selectByValue("CONTRIBUTOR");
            magnet.findElement(By.id("applyForm:rows:0:jobTitle")).sendKeys("首席科学家");
            click(magnet, By.id("applyForm:submit"));
            Browser.screenshot(magnet, "services-plan-apply-after-period");
            // the tests' day lies after the service period (services-plan.7)
            assertThat(errorNextTo(magnet, "applyForm:appliedOn")).contains("已超出服务期限", "2025-12-31");
            assertThat(value(magnet, "applyForm:rows:0:name")).isEqualTo("韩晓东");
        } finally {
            magnet.quit();
        }
        WebDriver city = SignedInBrowser.as(platform, "city");
        try {
            city.get(platform.url("/services-plan/nominations.xhtml"));
            click(city, By.linkText("录入纸质申报"));
            new Select(city.findElement(By.id("applyForm:enterpriseId")))
                    .selectByVisibleText("包头示范稀土永磁材料有限公司（91150271MAYY0D013N）");
            city.findElement(By.id("applyForm:appliedOn")).sendKeys("2025-09-05");
            city.findElement(By.id("applyForm:reason")).sendKeys("企业于 2025-09-05 报送纸质推荐材料，因网络故障未能在线申报，经核实补录");
            city.findElement(By.id("applyForm:rows:0:name")).sendKeys("韩晓东");
            city.findElement(By.id("applyForm:rows:0:idNumber")).sendKeys("150271198203150121");
            new Select(city.findElement(By.id("applyForm:rows:0:kind"))).selectByValue("CONTRIBUTOR");
            city.findElement(By.id("applyForm:rows:0:jobTitle")).sendKeys("首席科学家");
            city.findElement(By.id("applyForm:rows:0:contribution")).sendKeys("主持高性能烧结钕铁硼晶界扩散技术攻关，产品进入新能源汽车驱动电机供应链");
            click(city, By.id("applyForm:submit"));
            Browser.screenshot(city, "services-plan-apply-refused");
            assertThat(errorNextTo(city, "applyForm:rows:0:idNumber")).contains("校验码不正确");
            assertThat(value(city, "applyForm:rows:0:name")).isEqualTo("韩晓东");
            assertThat(value(city, "applyForm:rows:0:jobTitle")).isEqualTo("首席科学家");
            assertThat(value(city, "applyForm:appliedOn")).isEqualTo("2025-09-05");

            WebElement id = city.findElement(By.id("applyForm:rows:0:idNumber"));
            id.clear();
            id.sendKeys(idNumber("15027119820315012"));
            click(city, By.id("applyForm:submit"));
            Browser.screenshot(city, "services-plan-applied");
            assertThat(city.getCurrentUrl()).contains("/services-plan/nominations.xhtml?id=");
            nomination = city.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertThat(city.findElement(By.id("detail")).getText())
                    .contains("属地初审中", "韩晓东", "2025-09-05", "市委人才办录入纸质申报", "因网络故障未能在线申报");
        } finally {
            city.quit();
        }
    }

    @Test
    @Order(4)
    void theZonesOfficePassesTheFirstReviewAndAnotherDistrictFindsNothing() {
        WebDriver kundulun = SignedInBrowser.as(platform, "kundulun");
        try {
            kundulun.get(platform.url("/services-plan/nominations.xhtml?id=" + nomination));
            assertThat(kundulun.getPageSource())
                    .contains("没有编号为 " + nomination + " 的推荐申请")
                    .doesNotContain("韩晓东");
        } finally {
            kundulun.quit();
        }
        review("rezone", "初审通过", "材料齐全，同意推荐", "市委人才办审核中");
    }

    @Test
    @Order(5)
    void theCityOfficeReviewsDecidesAtItsMeetingAndSendsTheResult() {
        review("city", "审核通过，列入会议研究", "同意提交会议研究", "待会议研究");
        WebDriver city = SignedInBrowser.as(platform, "city");
        try {
            city.get(platform.url("/services-plan/meeting.xhtml"));
            city.findElement(By.id("meetingForm:meetingDate")).sendKeys("2025-09-19");
            city.findElement(By.id("meetingForm:minutesNo")).sendKeys("包人才办会〔2025〕10号");
            WebElement row = city.findElement(
                    By.xpath("//table[contains(@id, 'waiting')]//tr[td/a[text()='" + nomination + "']]"));
            row.findElement(By.xpath(".//input[contains(@id, 'onList')]")).click();
            row.findElement(By.xpath(".//input[contains(@id, 'approved')]")).click();
            Browser.screenshot(city, "services-plan-meeting");
            click(city, By.id("meetingForm:decide"));
            assertThat(messages(city)).contains("已确定 1 份推荐申请");
            WebElement decided = city.findElement(
                    By.xpath("//table[contains(@id, 'decided')]//tr[td/a[text()='" + nomination + "']]"));
            assertThat(decided.getText()).contains("韩晓东", "包人才办会〔2025〕10号");
            click(city, decided.findElement(By.xpath(".//input[@value='反馈结果']")));
            Browser.screenshot(city, "services-plan-feedback");
            assertThat(messages(city)).contains("第 " + nomination + " 号推荐申请的结果已反馈");

            city.get(platform.url("/services-plan/nominations.xhtml?id=" + nomination));
            Browser.screenshot(city, "services-plan-nomination");
            assertThat(city.findElement(By.id("detail")).getText())
                    .contains("已反馈", "入选", "初审通过", "会议研究确定", "包人才办会〔2025〕10号");
        } finally {
            city.quit();
        }
        WebDriver magnet = SignedInBrowser.as(platform, "magnet");
        try {
            magnet.get(platform.url("/services-plan/services.xhtml"));
            Browser.screenshot(magnet, "services-plan-services");
            assertThat(magnet.getPageSource()).contains("韩晓东", "配偶就业", "政务代办");
        } finally {
            magnet.quit();
        }
    }

    @Test
    @Order(6)
    void aServiceRequestIsRoutedToTheZonesTaskForceResolvedAndRated() {
        WebDriver magnet = SignedInBrowser.as(platform, "magnet");
        try {
            magnet.get(platform.url("/services-plan/requests.xhtml"));
            new Select(magnet.findElement(By.id("raiseForm:module"))).selectByValue("ELDERLY_CARE");
            magnet.findElement(By.id("raiseForm:description")).sendKeys("引进人才父母随迁，需要就近康养床位 1 张");
            magnet.findElement(By.id("raiseForm:raisedOn")).sendKeys("2025-10-20");
            click(magnet, By.id("raiseForm:raise"));
            Browser.screenshot(magnet, "services-plan-request-refused");
            assertThat(errorNextTo(magnet, "raiseForm:title")).isNotBlank();
            assertThat(value(magnet, "raiseForm:raisedOn")).isEqualTo("2025-10-20");
            magnet.findElement(By.id("raiseForm:title")).sendKeys("引进人才父母康养床位");
            click(magnet, By.id("raiseForm:raise"));
            String message = messages(magnet);
            assertThat(message).contains("号服务需求已提交");
            request = message.replaceAll("(?s).*第 (\\d+) 号服务需求已提交.*", "$1");
        } finally {
            magnet.quit();
        }
        WebDriver city = SignedInBrowser.as(platform, "city");
        try {
            city.get(platform.url("/services-plan/requests.xhtml?id=" + request));
            new Select(city.findElement(By.id("step:departmentCode"))).selectByValue("HUMAN_RESOURCES");
            city.findElement(By.id("step:taskForce")).click();
            WebElement days = city.findElement(By.id("step:workingDays"));
            days.clear();
            days.sendKeys("3");
            city.findElement(By.id("step:opinion")).sendKeys("请稀土高新区人才服务专班办理");
            click(city, By.xpath("//input[@value='分派']"));
            Browser.screenshot(city, "services-plan-request-routed");
            assertThat(city.findElement(By.id("detail")).getText()).contains("已分派", "人社局", "分派到属地人才服务工作专班");
        } finally {
            city.quit();
        }
        WebDriver zoneHr = SignedInBrowser.as(platform, "rezonehr");
        try {
            zoneHr.get(platform.url("/services-plan/requests.xhtml?id=" + request));
            click(zoneHr, By.xpath("//input[@value='受理']"));
            zoneHr.findElement(By.id("step:opinion")).sendKeys("已协调医养结合中心预留床位 1 张");
            click(zoneHr, By.xpath("//input[@value='办结']"));
            Browser.screenshot(zoneHr, "services-plan-request-resolved");
            assertThat(zoneHr.findElement(By.id("detail")).getText()).contains("已办结，待评价", "预留床位");
        } finally {
            zoneHr.quit();
        }
        WebDriver rater = SignedInBrowser.as(platform, "magnet");
        try {
            rater.get(platform.url("/services-plan/requests.xhtml?id=" + request));
            new Select(rater.findElement(By.id("step:rating"))).selectByValue("4");
            rater.findElement(By.id("step:comment")).sendKeys("办理及时，床位离家稍远");
            click(rater, By.xpath("//input[@value='评价']"));
            Browser.screenshot(rater, "services-plan-request-rated");
            assertThat(rater.findElement(By.id("detail")).getText()).contains("已评价", "办理及时");
        } finally {
            rater.quit();
        }
    }

    @Test
    @Order(7)
    void theListsSearchSortPageAndExportInTheCallersScope() throws Exception {
        WebDriver city = SignedInBrowser.as(platform, "city");
        try {
            city.get(platform.url("/services-plan/requests.xhtml"));
            new Select(city.findElement(By.id("status"))).selectByValue("RATED");
            click(city, By.id("find"));
            Browser.screenshot(city, "services-plan-requests-searched");
            assertThat(city.getCurrentUrl()).contains("status=RATED");
            List<WebElement> rated = city.findElements(By.cssSelector("table[id$='requests'] tbody tr"));
            assertThat(rated).hasSize(5).allSatisfy(r -> assertThat(r.getText()).contains("已评价"));

            click(city, By.linkText("评价"));
            assertThat(city.getCurrentUrl()).contains("sort=rating", "dir=desc", "status=RATED");
            assertThat(ratings(city)).isSortedAccordingTo(Comparator.reverseOrder());
            click(city, By.partialLinkText("评价▼"));
            assertThat(ratings(city)).isSorted();
            Browser.screenshot(city, "services-plan-requests-sorted");

            city.get(platform.url("/services-plan/figures.xhtml"));
            assertThat(city.findElement(By.id("total")).getText()).isEqualTo("共 13 条");
            assertThat(city.findElement(By.id("pageNumber")).getText()).isEqualTo("第 1 / 2 页");
            click(city, By.id("next"));
            Browser.screenshot(city, "services-plan-figures-page2");
            assertThat(city.findElement(By.id("pageNumber")).getText()).isEqualTo("第 2 / 2 页");
            assertThat(city.findElements(By.cssSelector("table[id$='figures'] tbody tr")))
                    .hasSize(3);

            city.get(platform.url("/services-plan/nominations.xhtml?district=150203&year=2025"));
            Browser.screenshot(city, "services-plan-nominations-kundulun");
            assertThat(city.findElement(By.id("total")).getText()).isEqualTo("共 3 条");
            String export = city.findElement(By.id("export")).getAttribute("href");
            assertThat(export).contains("/api/v1/services-plan/nominations.xlsx?", "district=150203", "year=2025");
            byte[] xlsx = download(export, "city");
            assertThat(sheet(xlsx))
                    .contains("包头示范稀土催化材料有限公司", "包头示范特种钢材有限公司", "王志远（入选）")
                    .doesNotContain("包头示范稀土永磁材料有限公司");
        } finally {
            city.quit();
        }
        // the zone's office exports its own district's only, whatever it asks for
        byte[] own = download(platform.url("/api/v1/services-plan/nominations.xlsx"), "rezone");
        assertThat(sheet(own)).contains("包头示范稀土永磁材料有限公司").doesNotContain("包头示范稀土催化材料有限公司");
    }

    private void review(String user, String action, String opinion, String state) {
        WebDriver browser = SignedInBrowser.as(platform, user);
        try {
            browser.get(platform.url("/services-plan/nominations.xhtml?id=" + nomination));
            browser.findElement(By.id("review:opinion")).sendKeys(opinion);
            click(browser, By.xpath("//input[@type='submit' and @value='" + action + "']"));
            Browser.screenshot(browser, "services-plan-review-" + user);
            assertThat(browser.findElement(By.id("detail")).getText()).contains(state, opinion);
        } finally {
            browser.quit();
        }
    }

    /** The ratings of the list's rows, read from their filled stars. */
    private static List<Long> ratings(WebDriver browser) {
        return browser.findElements(By.cssSelector("table[id$='requests'] tbody tr td:last-child")).stream()
                .map(td -> td.getText().chars().filter(c -> c == '★').count())
                .toList();
    }

    /** The field's error message, which stands next to it in the same cell. */
    private static String errorNextTo(WebDriver browser, String id) {
        return browser.findElement(
                        By.xpath("//*[@id='" + id + "']/following-sibling::*[contains(@class, 'field-error')]"))
                .getText();
    }

    private static String value(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private static String messages(WebDriver browser) {
        return browser.findElement(By.id("messages")).getText();
    }

    private static void click(WebDriver browser, By button) {
        click(browser, browser.findElement(button));
    }

    private static void click(WebDriver browser, WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(Browser.replaced(button));
    }

    private static byte[] download(String url, String user) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((user + ":" + Api.DEMO_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return r.body();
    }

    /** The texts of a workbook (its shared strings), characters written as references read back. */
    private static String sheet(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("export-", ".xlsx");
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            assertThat(strings).as("the workbook's shared strings").isNotNull();
            String xml = new String(zip.getInputStream(strings).readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml);
            StringBuilder text = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(
                        text,
                        Matcher.quoteReplacement(new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
            }
            m.appendTail(text);
            return text.toString();
        } finally {
            Files.delete(file);
        }
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
}
