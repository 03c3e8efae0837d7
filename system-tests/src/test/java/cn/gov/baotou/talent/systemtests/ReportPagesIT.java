package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report pages in Chromium: leadership's dashboard reached from the workbench, a PDF asked for on a report page,
 * generated in the background while the page shows its progress, then downloaded; a district office confined to its
 * district; the monthly archive filled by the city office and opened by leadership.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportPagesIT {

    private static final Duration GENERATION = Duration.ofSeconds(240);

    private final RunningPlatform platform = RunningPlatform.shared();

    @Test
    @Order(1)
    void leadershipGoesFromTheWorkbenchToTheDashboardOfTheThreePolicies() {
        WebDriver leader = SignedInBrowser.as(platform, "leader");
        try {
            leader.get(platform.url("/core/workbench.xhtml"));
            assertThat(leader.findElement(By.id("overdue")).getText()).contains("目标任务 · 滞后");
            leader.findElement(By.linkText("数据看板")).click();
            wait(leader, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("kpis")));
            Browser.screenshot(leader, "reports-dashboard");

            assertThat(leader.getTitle()).startsWith("数据看板");
            String head = leader.findElement(By.id("dashboard-head")).getText();
            assertThat(head).contains("2025 年全年", "全市", "参数版本");
            assertThat(leader.findElement(By.id("kpis")).getText()).contains("目标任务", "达成", "进行中", "滞后", "时间进度");
            assertThat(leader.findElement(By.id("policy-intake")).getText())
                    .contains("重点产业博士硕士引进行动计划", "引进博士研究生", "30 名", "intake.1");
            assertThat(leader.findElement(By.id("policy-services-plan")).getText())
                    .contains("重点企业人才精准服务计划");
            assertThat(leader.findElement(By.id("policy-rare-earth")).getText())
                    .contains("支持促进稀土产业人才发展的若干措施", "引进高精尖人才团队", "5 个");
            // a chart per policy with targets planned (intake's is its cumulative view), the district and month charts,
            // all inline SVG
            assertThat(leader.findElements(By.cssSelector("#policy-intake svg.chart")))
                    .hasSize(1);
            // 2025's yearly targets (rare-earth.6, .7, .9) and the cumulative view of the 2022 ones (.1–.3)
            assertThat(leader.findElements(By.cssSelector("#policy-rare-earth svg.chart")))
                    .hasSize(2);
            // intake.1 plans 2022 only: 2025 shows its hires as 无计划, and the sum since 2022 against 30 / 100
            assertThat(leader.findElement(By.id("policy-intake")).getText()).contains("无计划", "2022 年至 2025-12-31 累计");
            assertThat(leader.findElements(By.cssSelector("#breakdown svg.chart")))
                    .hasSize(2);
            assertThat(leader.findElements(By.cssSelector("#policy-rare-earth .tag.status")))
                    .isNotEmpty();
            List<String> districts = leader.findElements(By.cssSelector("#district-table thead th")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(districts).contains("东河区", "昆区", "稀土高新区", "合计").hasSize(12);
            // nothing served from elsewhere: every script and stylesheet is the platform's own
            List<?> outside = (List<?>) ((JavascriptExecutor) leader)
                    .executeScript("return [...document.querySelectorAll('script[src],link[href]')]"
                            + ".map(e => e.src || e.href).filter(u => !u.startsWith(location.origin))");
            assertThat(outside).isEmpty();
        } finally {
            leader.quit();
        }
    }

    @Test
    @Order(2)
    void aPdfAskedForOnAReportPageIsMadeInTheBackgroundAndDownloaded() throws Exception {
        WebDriver leader = SignedInBrowser.as(platform, "leader");
        try {
            leader.get(platform.url("/reports/report.xhtml?kind=targets&mode=year&year=2025"));
            assertThat(leader.findElement(By.id("report-title")).getText()).isEqualTo("目标任务完成情况");
            assertThat(leader.findElement(By.id("targets")).getText()).contains("引进博士研究生", "intake.1");

            leader.findElement(By.id("pdf")).click();
            WebElement panel = leader.findElement(By.id("job-panel"));
            wait(leader, Duration.ofSeconds(30))
                    .until(d -> panel.isDisplayed() && panel.getText().contains("PDF"));
            WebElement download = wait(leader, GENERATION)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#job-panel a.button")));
            Browser.screenshot(leader, "reports-pdf-job");
            assertThat(panel.getText()).contains("目标任务完成情况 · PDF", "已完成");
            assertThat(download.getAttribute("download")).isEqualTo("目标任务完成情况_2025年_全市.pdf");

            HttpResponse<byte[]> pdf = get("leader", download.getAttribute("href"));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(pdf.headers().firstValue("X-Content-SHA256")).hasValue(sha256(pdf.body()));
            assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("filename*=UTF-8''%E7%9B%AE%E6%A0%87");
            // the job is the leader's own: another account finds nothing there
            assertThat(get("city", download.getAttribute("href")).statusCode()).isEqualTo(404);

            leader.get(platform.url("/reports/jobs.xhtml"));
            Browser.screenshot(leader, "reports-jobs");
            assertThat(leader.findElement(By.id("jobs")).getText()).contains("目标任务完成情况 · PDF", "已完成，可下载");
        } finally {
            leader.quit();
        }
    }

    @Test
    @Order(3)
    void aDistrictOfficeSeesItsOwnDistrictOnly() throws Exception {
        WebDriver kundulun = SignedInBrowser.as(platform, "kundulun");
        try {
            kundulun.get(platform.url("/reports/dashboard.xhtml?district=150271"));
            wait(kundulun, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("kpis")));
            Browser.screenshot(kundulun, "reports-dashboard-district");
            assertThat(kundulun.findElements(By.cssSelector("select#district"))).isEmpty();
            assertThat(kundulun.findElement(By.id("districtFixed")).getText()).isEqualTo("昆都仑区");
            assertThat(kundulun.findElement(By.id("dashboard-head")).getText()).contains("昆都仑区");
            assertThat(kundulun.findElement(By.id("district-note")).getText()).contains("本地区");
            List<String> columns = kundulun.findElements(By.cssSelector("#district-table thead th")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(columns).containsExactly("指标", "昆区", "合计");
            assertThat(kundulun.getPageSource()).doesNotContain("稀土高新区</th>");

            kundulun.get(platform.url("/reports/archive.xhtml"));
            assertThat(kundulun.findElement(By.id("messages")).getText()).contains("无权");
            assertThat(kundulun.findElements(By.id("archive"))).isEmpty();
        } finally {
            kundulun.quit();
        }
        HttpResponse<byte[]> other = post(
                "kundulun",
                platform.url("/api/v1/reports/jobs"),
                "{\"kind\":\"targets\",\"year\":2025,\"district\":\"150271\",\"format\":\"pdf\"}");
        assertThat(other.statusCode()).isEqualTo(403);
        HttpResponse<byte[]> city = post(
                "kundulun",
                platform.url("/api/v1/reports/jobs"),
                "{\"kind\":\"targets\",\"year\":2025,\"format\":\"pdf\"}");
        assertThat(city.statusCode()).isEqualTo(403);
        HttpResponse<byte[]> own = post(
                "kundulun",
                platform.url("/api/v1/reports/jobs"),
                "{\"kind\":\"funds\",\"year\":2025,\"district\":\"150203\",\"format\":\"xlsx\"}");
        assertThat(own.statusCode()).isEqualTo(202);
        assertThat(own.headers().firstValue("Location").orElseThrow()).contains("/api/v1/reports/jobs/");
    }

    @Test
    @Order(4)
    void theCityOfficeArchivesAMonthAndLeadershipOpensItAsItWas() throws Exception {
        WebDriver city = SignedInBrowser.as(platform, "city");
        try {
            city.get(platform.url("/reports/archive.xhtml"));
            WebElement month = city.findElement(By.id("run:month"));
            ((JavascriptExecutor) city).executeScript("arguments[0].value = '2025-11'", month);
            WebElement button = city.findElement(By.id("run:submit"));
            button.click();
            wait(city, GENERATION).until(Browser.replaced(button));
            // archived now, or already by an earlier run on the same data: never twice
            assertThat(city.findElement(By.id("messages")).getText()).containsAnyOf("已归档：2025-11", "所选月份已归档");
        } finally {
            city.quit();
        }
        WebDriver leader = SignedInBrowser.as(platform, "leader");
        try {
            leader.get(platform.url("/reports/archive.xhtml"));
            Browser.screenshot(leader, "reports-archive");
            WebElement november = leader.findElement(By.id("month-2025-11"));
            assertThat(november.getText()).contains("2025 年 11 月", "目标任务完成情况", "资金拨付情况", "人才留用情况", "人才服务情况", "打开 PDF");
            assertThat(leader.findElements(By.id("run"))).isEmpty();
            String href = november.findElement(By.linkText("打开 PDF")).getAttribute("href");
            HttpResponse<byte[]> pdf = get("leader", href);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            String listed = november.findElement(By.cssSelector("code.sha")).getAttribute("title");
            assertThat(sha256(pdf.body())).isEqualTo(listed);
            // the same file again, byte for byte: the archive is kept, not regenerated
            assertThat(get("leader", href).body()).isEqualTo(pdf.body());
        } finally {
            leader.quit();
        }
        assertThat(get("kundulun", platform.url("/api/v1/reports/archive")).statusCode())
                .isEqualTo(403);
    }

    private static WebDriverWait wait(WebDriver browser, Duration limit) {
        return new WebDriverWait(browser, limit);
    }

    private static HttpResponse<byte[]> get(String user, String url) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<byte[]> post(String user, String url, String json)
            throws IOException, InterruptedException {
        return send(
                user,
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<byte[]> send(String user, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        String basic =
                Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        request.header("Authorization", "Basic " + basic)
                                .timeout(Duration.ofSeconds(120))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
