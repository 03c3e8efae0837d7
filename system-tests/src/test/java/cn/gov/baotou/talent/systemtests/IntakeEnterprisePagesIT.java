package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The enterprise's intake pages in Chromium, as magnet: its hires list searched and exported, the submission form
 * refusing a field next to it with everything typed kept, the bulk import refusing a bad file row by row and
 * importing a good one while showing its progress, and the departure report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeEnterprisePagesIT {

    private final RunningPlatform platform = IntakeCases.platform();
    private final Path files = Path.of(System.getProperty("talent.st.dir"), "uploads");
    private WebDriver magnet;
    private IntakePage page;

    @BeforeAll
    void signIn() {
        magnet = SignedInBrowser.as(platform, "magnet");
        page = new IntakePage(magnet);
    }

    @AfterAll
    void quit() {
        magnet.quit();
    }

    @Test
    void theHiresListShowsTheEnterprisesOwnHiresSearchedAndExportedWithTheSameFilters() {
        IntakeCases.submit("magnet", "列表博士", IntakeCases.idNumber(IntakeCases.young()));
        magnet.get(platform.url("/intake/hires/list.xhtml"));
        new Select(magnet.findElement(By.id("search:status"))).selectByValue("SUBMITTED");
        page.click("search:find");
        page.screenshot("intake-enterprise-hires");
        assertThat(page.text("#list\\:hires")).contains("列表博士", "待核实", "包头示范稀土永磁材料有限公司");
        String export = magnet.findElement(By.id("export")).getAttribute("href");
        assertThat(export).endsWith("/api/v1/intake/hires.xlsx?status=SUBMITTED");
        HttpResponse<byte[]> xlsx = Api.as(platform, "magnet").download(export.substring(export.indexOf("/api/")));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        List<List<String>> rows = HireWorkbooks.rows(xlsx.body());
        assertThat(rows.get(0).get(0)).isEqualTo("拟录用人员");
        assertThat(rows.get(1).get(0)).contains("状态：待核实");
        assertThat(rows.get(2)).contains("姓名", "公民身份号码", "补贴（元）");
        assertThat(rows.subList(3, rows.size())).anySatisfy(r -> assertThat(r).contains("列表博士", "待核实"));
        assertThat(rows.subList(3, rows.size()))
                .allSatisfy(r -> assertThat(r.get(7)).isEqualTo("包头示范稀土永磁材料有限公司"));
    }

    @Test
    void aRefusedSubmissionSaysWhatIsWrongNextToTheFieldAndKeepsWhatWasTyped() {
        String id = IntakeCases.idNumber(IntakeCases.young());
        String wrong = id.substring(0, 17) + (id.endsWith("1") ? "2" : "1");
        magnet.get(platform.url("/intake/hires/submit.xhtml"));
        page.type("hire:name", "表单博士");
        page.type("hire:idNumber", wrong);
        page.date("hire:birthDate", IntakeCases.birthDate(id));
        page.type("hire:major", "稀土功能材料");
        page.type("hire:institution", "东北大学");
        page.type("hire:jobTitle", "稀土磁材工艺工程师");
        page.click("hire:submit");
        page.screenshot("intake-submit-refused");
        assertThat(page.fieldError("hire:idNumber")).contains("校验码");
        assertThat(page.value("hire:name")).isEqualTo("表单博士");
        assertThat(page.value("hire:major")).isEqualTo("稀土功能材料");
        assertThat(page.value("hire:birthDate")).isEqualTo(IntakeCases.birthDate(id));

        page.type("hire:idNumber", id);
        page.click("hire:submit");
        page.screenshot("intake-submitted");
        assertThat(magnet.getCurrentUrl()).contains("/intake/hires/hire.xhtml?id=");
        assertThat(page.text("#status")).isEqualTo("待核实");
        assertThat(page.text("table.checks")).contains("intake.3.1", "intake.4");
    }

    @Test
    void aBadFileIsRefusedWithEachRowsProblemAndNothingIsImported() {
        long before = total();
        List<String[]> rows = new ArrayList<>();
        rows.add(HireWorkbooks.phd("导入甲", IntakeCases.idNumber(IntakeCases.young())));
        String[] badDate = HireWorkbooks.phd("导入乙", IntakeCases.idNumber(IntakeCases.young()));
        badDate[2] = "1995-02-30";
        rows.add(badDate);
        String[] badDegree = HireWorkbooks.phd("导入丙", IntakeCases.idNumber(IntakeCases.young()));
        badDegree[3] = "学士";
        rows.add(badDegree);
        magnet.get(platform.url("/intake/hires/list.xhtml"));
        upload(HireWorkbooks.file(files, "bad.xlsx", rows));
        page.screenshot("intake-import-refused");
        assertThat(page.messages()).contains("文件未导入", "2 处错误");
        List<String> refusals = magnet.findElements(By.cssSelector("#import\\:refusals tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(refusals).hasSize(2);
        assertThat(refusals.get(0)).contains("4", "出生日期", "不是日期");
        assertThat(refusals.get(1)).contains("5", "学历层次", "不在可选值中");
        assertThat(total()).isEqualTo(before);
        assertThat(page.text("#import\\:recent")).contains("bad.xlsx", "未导入");
    }

    @Test
    void aGoodFileIsImportedWholeShowingItsProgressAndEachRowsEligibility() {
        long before = total();
        int n = 300;
        List<String[]> rows = new ArrayList<>();
        LocalDate young = LocalDate.parse(IntakeCases.young());
        LocalDate old = LocalDate.of(1980, 1, 1).plusDays(young.getDayOfYear());
        for (int i = 0; i < n; i++) {
            // a birth day per row: 身份证号 differ within the file; every other one is over 40
            LocalDate born = i % 2 == 0 ? young.plusDays(i) : old.plusDays(i);
            rows.add(HireWorkbooks.phd("批量" + i, IntakeCases.idNumber(born.toString())));
        }
        // what the progress line says while the page waits, kept across the page's reload
        magnet.get(platform.url("/intake/hires/list.xhtml"));
        ((JavascriptExecutor) magnet)
                .executeScript("sessionStorage.removeItem('seen');"
                        + "new MutationObserver(function () {"
                        + "  var t = document.querySelector('#import-progress .progress-text').textContent;"
                        + "  var seen = JSON.parse(sessionStorage.getItem('seen') || '[]');"
                        + "  if (seen.indexOf(t) < 0) { seen.push(t); sessionStorage.setItem('seen', JSON.stringify(seen)); }"
                        + "}).observe(document.querySelector('#import-progress'),"
                        + " {subtree: true, childList: true, characterData: true});");
        long started = System.nanoTime();
        upload(HireWorkbooks.file(files, "good.xlsx", rows));
        long ms = (System.nanoTime() - started) / 1_000_000;
        page.screenshot("intake-import-done");
        assertThat(page.messages()).contains("已导入 " + n + " 名拟录用人员", "good.xlsx");
        assertThat(magnet.findElements(By.cssSelector("#import\\:imported tbody tr")))
                .hasSize(n);
        assertThat(page.text("#import\\:imported")).contains("符合条件", "年龄例外（待同意）");
        assertThat(total()).isEqualTo(before + n);
        String seen = (String) ((JavascriptExecutor) magnet).executeScript("return sessionStorage.getItem('seen')");
        System.out.println("import of " + n + " rows in the browser: " + ms + " ms; progress shown: " + seen);
        assertThat(seen).contains("正在上传文件");
        assertThat(seen).containsPattern("已(检查|导入) \\d+ / " + n + " 行");
    }

    @Test
    void theEnterpriseReportsADepartureAndSeesTheDefaultRecovery() {
        long hire = IntakeCases.submit("magnet", "离职博士", IntakeCases.idNumber(IntakeCases.young()));
        IntakeCases.verify(hire);
        IntakeCases.sign(hire, IntakeCases.MAGNET);
        IntakeCases.pay(hire, "cityfinance", "CITY");
        IntakeCases.pay(hire, "rezonefinance", "DISTRICT");
        magnet.get(platform.url("/intake/hires/hire.xhtml?id=" + hire));
        assertThat(page.text("#status")).isEqualTo("补贴已拨付");
        new Select(magnet.findElement(By.id("departure:kind"))).selectByValue("RESIGNED");
        page.date("departure:departedOn", IntakeCases.TODAY.minusDays(1).toString());
        page.type("departure:reason", "个人原因辞职");
        page.click("departure:depart");
        page.screenshot("intake-departure-refused");
        assertThat(page.fieldError("departure:departedOn")).contains("不能早于三方协议签订日期");
        assertThat(page.value("departure:reason")).isEqualTo("个人原因辞职");
        page.date("departure:departedOn", IntakeCases.TODAY.toString());
        page.click("departure:depart");
        page.screenshot("intake-departure");
        assertThat(page.text("#status")).isEqualTo("已离职");
        assertThat(magnet.getPageSource()).contains("默认追回方案", "200000.00", "个人原因辞职");
    }

    @Test
    void theDemandsListExportsTheEnterprisesOwnDemandsWithItsStatusFilter() {
        magnet.get(platform.url("/intake/demands.xhtml?status=PUBLISHED"));
        String export = magnet.findElement(By.id("export")).getAttribute("href");
        assertThat(export).endsWith("/api/v1/intake/demands.xlsx?status=PUBLISHED");
        HttpResponse<byte[]> xlsx = Api.as(platform, "magnet").download(export.substring(export.indexOf("/api/")));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<List<String>> rows = HireWorkbooks.rows(xlsx.body());
        assertThat(rows.get(0).get(0)).isEqualTo("岗位需求");
        assertThat(rows.get(1).get(0)).contains("状态：已发布");
        assertThat(rows.subList(3, rows.size())).isNotEmpty().allSatisfy(r -> assertThat(r)
                .contains("包头示范稀土永磁材料有限公司", "已发布"));
        assertThat(Api.anonymous(platform).get("/api/v1/intake/demands.xlsx").statusCode())
                .isEqualTo(401);
    }

    /** Uploads a file on the hires page already open. */
    private void upload(Path file) {
        magnet.findElement(By.id("import:file")).sendKeys(file.toString());
        page.click("import:upload");
        new WebDriverWait(magnet, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("import")).isEmpty());
    }

    private long total() {
        return IntakeCases.number(
                Api.as(platform, "magnet").get("/api/v1/intake/hires?size=1").body(), "total");
    }
}
