package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The rare-earth measures in Chromium: an enterprise applies for an innovation event held in 2025 (decided with the
 * 2022 version, valid that day) with its plan attached — a bad amount is refused next to the field and the form kept
 * — 工信局 (the measure's lead) and the city office approve on the case page, the grant is booked and the board shows
 * it; an application made today under a measure whose version ended is refused naming the parameter; the lists
 * export to Excel within the caller's scope; the science bureau publishes a key problem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RareEarthPagesIT {

    private final RunningPlatform platform = RunningPlatform.shared();
    private final String event = "包头稀土杯创新创业大赛 " + System.nanoTime() % 100000;
    private String casePage;

    @Test
    @Order(1)
    void anEnterpriseAppliesWithItsPlanAttachedAndARefusedAmountIsShownNextToItsFieldWithTheFormKept()
            throws IOException {
        Path plan = Files.createTempDirectory("rare-earth").resolve("活动方案.pdf");
        Files.write(plan, SamplePdf.of("活动方案"));
        WebDriver magnet = SignedInBrowser.as(platform, "magnet");
        try {
            magnet.get(platform.url("/rare-earth/applications.xhtml"));
            new Select(magnet.findElement(By.id("apply:measureNo"))).selectByValue("12");
            WebElement basis =
                    wait(magnet).until(ExpectedConditions.presenceOfElementLocated(By.id("apply:basisYuan")));
            magnet.findElement(By.cssSelector("input[name='apply:beneficiaryKind'][value='ENTERPRISE']"))
                    .click();
            magnet.findElement(By.id("apply:subject")).sendKeys(event);
            date(magnet, "apply:periodStart", "2025-10-18");
            basis.sendKeys("三十万");
            magnet.findElement(By.id("apply:attachmentTitle")).sendKeys("活动方案与支出明细");
            magnet.findElement(By.id("apply:file")).sendKeys(plan.toString());
            submit(magnet, "apply:submit");
            page(magnet, "rare-earth-apply-refused");
            assertThat(magnet.findElement(By.id("apply")).getText()).contains("金额格式不正确");
            assertThat(magnet.findElement(By.id("apply:subject")).getAttribute("value"))
                    .isEqualTo(event);
            WebElement again = magnet.findElement(By.id("apply:basisYuan"));
            again.clear();
            again.sendKeys("300000.00");
            // a refused form does not keep a chosen file: choose it again
            magnet.findElement(By.id("apply:file")).sendKeys(plan.toString());
            submit(magnet, "apply:submit");
            page(magnet, "rare-earth-application");
            assertThat(magnet.getCurrentUrl()).contains("/rare-earth/application.xhtml?id=");
            String page = magnet.findElement(By.tagName("main")).getText();
            assertThat(page).contains("待牵头部门审核", "150000.00", "rare-earth.12", "活动日期", "2025-10-18");
            assertThat(page).contains("2022 版政策参数");
            WebElement attachments = magnet.findElement(By.id("attachment-list"));
            assertThat(attachments.getText()).contains("活动方案与支出明细", "application/pdf", "magnet");
            String preview = attachments.findElement(By.className("preview")).getAttribute("href");
            HttpResponse<String> pdf = Api.as(platform, "industry").get(preview.substring(preview.indexOf("/api/")));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                    .startsWith("inline");
            assertThat(pdf.body()).startsWith("%PDF-1.4");
            assertThat(Api.as(platform, "hydrogen")
                            .get(preview.substring(preview.indexOf("/api/")))
                            .statusCode())
                    .isEqualTo(404);
            casePage = magnet.getCurrentUrl();
        } finally {
            magnet.quit();
            Files.deleteIfExists(plan);
            Files.deleteIfExists(plan.getParent());
        }
    }

    @Test
    @Order(2)
    void theLeadDepartmentThenTheCityOfficeApproveTheGrantIsBookedAndEveryoneConcernedIsTold() {
        review("industry", "牵头部门审核通过", "待市委人才办审核");
        review("city", "市委人才办审核通过", "已支持");
        WebDriver magnet = SignedInBrowser.as(platform, "magnet");
        try {
            magnet.get(casePage);
            page(magnet, "rare-earth-granted");
            String page = magnet.findElement(By.tagName("main")).getText();
            assertThat(page).contains("已支持", "资金台账", "号资金支持", "上传附件", "市委人才办审核通过");
            assertThat(magnet.findElements(By.id("attach")))
                    .as("no more attachments once decided")
                    .isEmpty();
        } finally {
            magnet.quit();
        }
        assertThat(Api.as(platform, "magnet").get("/api/v1/notifications").body())
                .contains(event, "rare-earth.12", "已支持");
        assertThat(Api.as(platform, "industry").get("/api/v1/notifications").body())
                .contains(event, "rare-earth.12");
        WebDriver leader = SignedInBrowser.as(platform, "leader");
        try {
            leader.get(platform.url("/rare-earth/measures.xhtml?year=2025"));
            page(leader, "rare-earth-board");
            // the money so far: this run's grant among any an earlier run on the same data left
            assertThat(leader.findElement(By.id("measure-12")).getText())
                    .contains("工信局", "件", "已承诺")
                    .doesNotContain("已承诺 0.00");
            assertThat(leader.findElement(By.id("measure-9")).getText()).contains("筛选关键核心技术难题");
            assertThat(leader.findElement(By.id("measure-1")).getText()).contains("引进高精尖人才团队：2（无计划）");
            // the board opens on this year (the tests' year), which no version plans: the 2022 one ended
            leader.get(platform.url("/rare-earth/measures.xhtml"));
            page(leader, "rare-earth-board-this-year");
            assertThat(leader.findElement(By.id("no-version")).getText())
                    .contains(String.valueOf(TestDay.TODAY.getYear()), "2025-12-31");
        } finally {
            leader.quit();
        }
    }

    @Test
    @Order(3)
    void anApplicationMadeTodayUnderAVersionThatEndedIsRefusedNamingTheParameterAndItsEnd() {
        WebDriver magnet = SignedInBrowser.as(platform, "magnet");
        try {
            magnet.get(platform.url("/rare-earth/applications.xhtml"));
            new Select(magnet.findElement(By.id("apply:measureNo"))).selectByValue("3");
            wait(magnet).until(ExpectedConditions.presenceOfElementLocated(By.id("apply:requestedYuan")));
            magnet.findElement(By.cssSelector("input[name='apply:beneficiaryKind'][value='ENTERPRISE']"))
                    .click();
            magnet.findElement(By.id("apply:subject")).sendKeys("稀土永磁材料创新团队");
            new Select(magnet.findElement(By.id("apply:category"))).selectByValue("NATIONAL");
            magnet.findElement(By.id("apply:requestedYuan")).sendKeys("200000.00");
            submit(magnet, "apply:submit");
            page(magnet, "rare-earth-apply-no-version");
            assertThat(magnet.getCurrentUrl()).doesNotContain("application.xhtml?id=");
            assertThat(magnet.findElement(By.id("apply")).getText())
                    .contains("每个培育人才（团队）资金支持上限 20 万元", "2022-04-05…2025-12-31");
        } finally {
            magnet.quit();
        }
    }

    @Test
    @Order(4)
    void theListsExportToExcelWithThePagesFiltersWithinTheCallersScope() throws IOException {
        WebDriver city = SignedInBrowser.as(platform, "city");
        try {
            city.get(platform.url("/rare-earth/applications.xhtml?measure=12"));
            page(city, "rare-earth-applications-list");
            String href = city.findElement(By.id("export")).getAttribute("href");
            assertThat(href).endsWith("/api/v1/rare-earth/applications.xlsx?measure=12");
            Workbook list = Workbook.download(platform, city, href);
            assertThat(list.text()).contains(event, "已支持", "措施：十二、", "范围：全市");
            city.get(platform.url("/rare-earth/teams.xhtml?year=2025"));
            page(city, "rare-earth-teams");
            assertThat(Workbook.download(
                                    platform,
                                    city,
                                    city.findElement(By.id("export")).getAttribute("href"))
                            .text())
                    .contains("高性能烧结钕铁硼创新团队", "年度：2025");
            city.get(platform.url("/rare-earth/problems.xhtml?year=2025"));
            assertThat(Workbook.download(
                                    platform,
                                    city,
                                    city.findElement(By.id("export")).getAttribute("href"))
                            .text())
                    .contains("高丰度稀土永磁材料晶界扩散关键技术", "验收通过");
            city.get(platform.url("/rare-earth/training.xhtml?year=2025"));
            page(city, "rare-earth-training");
            assertThat(Workbook.download(
                                    platform,
                                    city,
                                    city.findElement(By.id("export")).getAttribute("href"))
                            .text())
                    .contains("完成培养日期");
            city.get(platform.url("/rare-earth/measures.xhtml?year=2025"));
            assertThat(Workbook.download(
                                    platform,
                                    city,
                                    city.findElement(By.id("export")).getAttribute("href"))
                            .text())
                    .contains("rare-earth.12", "引进高精尖人才团队：2（无计划）");
        } finally {
            city.quit();
        }
        assertThat(Workbook.as(platform, "kundulun", "/api/v1/rare-earth/applications.xlsx")
                        .text())
                .doesNotContain(event)
                .contains("昆都仑区");
        assertThat(Workbook.as(platform, "rezone", "/api/v1/rare-earth/applications.xlsx")
                        .text())
                .contains(event);
    }

    @Test
    @Order(5)
    void theScienceBureauPublishesAKeyProblem() {
        WebDriver science = SignedInBrowser.as(platform, "science");
        try {
            science.get(platform.url("/rare-earth/problems.xhtml"));
            science.findElement(By.id("publish:title")).sendKeys("稀土抛光粉回收利用关键技术");
            science.findElement(By.id("publish:description")).sendKeys("攻关目标：回收率 90% 以上");
            new Select(science.findElement(By.id("publish:field"))).selectByValue("POLISHING");
            science.findElement(By.id("publish:budgetYuan")).sendKeys("3000000.00");
            date(science, "publish:bidsDue", "2099-12-31");
            submit(science, "publish:submit");
            page(science, "rare-earth-problem");
            assertThat(science.getPageSource()).contains("稀土抛光粉回收利用关键技术", "张榜中");
        } finally {
            science.quit();
        }
    }

    private void review(String user, String action, String state) {
        WebDriver browser = SignedInBrowser.as(platform, user);
        try {
            browser.get(casePage);
            browser.findElement(By.id("review:opinion")).sendKeys("同意");
            WebElement button = browser.findElement(By.xpath("//input[@type='submit' and @value='" + action + "']"));
            button.click();
            wait(browser).until(Browser.replaced(button));
            page(browser, "rare-earth-review-" + user);
            assertThat(browser.findElement(By.tagName("main")).getText()).contains(state);
        } finally {
            browser.quit();
        }
    }

    /** A screenshot of the whole page, not only the window: the window is made as tall as the page first. */
    static void page(WebDriver browser, String name) {
        Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        Dimension before = browser.manage().window().getSize();
        browser.manage()
                .window()
                .setSize(new Dimension(before.getWidth(), Math.min(6000, ((Number) height).intValue() + 140)));
        Browser.screenshot(browser, name);
        browser.manage().window().setSize(before);
    }

    static void date(WebDriver browser, String id, String day) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), day);
    }

    static void submit(WebDriver browser, String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        wait(browser).until(Browser.replaced(button));
    }

    static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }
}
