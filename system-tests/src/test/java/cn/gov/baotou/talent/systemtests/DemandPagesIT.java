package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A job demand through its pages in Chromium: the enterprise's form refuses bad fields next to them and keeps what was
 * typed, then submits; the city office finds it awaiting review, is told that a return needs its opinion, returns it
 * with one; the enterprise reads the reason. (It ends returned, so the catalog's demo numbers stay as they are.)
 */
class DemandPagesIT {

    private static final String PASSWORD = "Baotou@2022";
    private static final String TITLE = "稀土抛光粉表面改性研发工程师";

    private final RunningPlatform platform = RunningPlatform.shared();
    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.open("zh-CN");
    }

    @AfterEach
    void quit() {
        browser.quit();
    }

    @Test
    void anEnterpriseSubmitsADemandAndTheCityOfficeReturnsItWithItsOpinion() {
        browser.get(platform.url("/intake/demand.xhtml"));
        signIn("polish");
        type("positionTitle", TITLE);
        type("headcount", "2");
        new Select(browser.findElement(By.id("demandForm:degree"))).selectByValue("DOCTOR");
        new Select(browser.findElement(By.id("demandForm:disciplineCode"))).selectByValue("08");
        type("majors", "材料科学与工程");
        new Select(browser.findElement(By.id("demandForm:workType"))).selectByValue("RESEARCH_DEVELOPMENT");
        type("duties", "铈基抛光粉表面改性与分散性研究");
        type("salaryMinYuan", "300000");
        type("salaryMaxYuan", "200000");
        type("workLocation", "九原区");
        type("contactPhone", "12345");
        click("demandForm:submit");
        Browser.screenshot(browser, "demand-refused");
        assertThat(fieldError("salaryMaxYuan")).contains("年薪上限不能低于下限");
        assertThat(fieldError("contactPhone")).contains("联系电话格式不正确");
        assertThat(browser.findElement(By.id("demandForm:positionTitle")).getAttribute("value"))
                .isEqualTo(TITLE);

        type("salaryMaxYuan", "400000");
        type("contactPhone", "0472-5130004");
        click("demandForm:submit");
        assertThat(browser.getCurrentUrl()).contains("/intake/demand.xhtml?id=");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待审核");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("已提交审核");
        String page = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/intake/"));
        signOut();

        browser.get(platform.url("/intake/demands.xhtml?status=SUBMITTED"));
        signIn("city");
        WebElement row = browser.findElements(By.cssSelector("#demands tbody tr")).stream()
                .filter(r -> r.getText().contains(TITLE))
                .findFirst()
                .orElseThrow();
        click(row.findElement(By.linkText("审核")));
        click(button("退回修改"));
        assertThat(fieldError("reviewForm:opinion")).contains("须填写审批意见");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待审核");
        browser.findElement(By.id("reviewForm:opinion")).sendKeys("请补充表面改性的具体技术指标");
        click(button("退回修改"));
        Browser.screenshot(browser, "demand-returned");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已退回");
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText())
                .contains("提交审核", "退回修改", "请补充表面改性的具体技术指标");
        signOut();

        browser.get(platform.url(page));
        signIn("polish");
        assertThat(browser.findElement(By.id("returnReason")).getText()).contains("请补充表面改性的具体技术指标");
        assertThat(browser.findElement(By.id("demandForm:salaryMaxYuan")).getAttribute("value"))
                .isEqualTo("400000.00");
    }

    @Test
    void theCityOfficesWorkbenchCountsTheDemandsAwaitingReview() {
        browser.get(platform.url("/core/workbench.xhtml"));
        signIn("city");
        WebElement pending = browser.findElement(By.id("pending"));
        assertThat(pending.getText()).contains("岗位需求待审核");
        assertThat(pending.findElement(By.partialLinkText("岗位需求待审核")).getAttribute("href"))
                .contains("/intake/demands.xhtml?status=SUBMITTED");
    }

    private void type(String field, String value) {
        WebElement input = browser.findElement(By.id("demandForm:" + field));
        input.clear();
        input.sendKeys(value);
    }

    private String fieldError(String id) {
        String client = id.contains(":") ? id : "demandForm:" + id;
        return browser.findElement(By.id(client))
                .findElement(By.xpath("following-sibling::*[contains(@class,'field-error')]"))
                .getText();
    }

    private WebElement button(String label) {
        return browser.findElement(By.cssSelector("#reviewForm input[value='" + label + "']"));
    }

    private void click(String id) {
        click(browser.findElement(By.id(id)));
    }

    private void click(WebElement e) {
        e.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(Browser.replaced(e));
    }

    private void signIn(String username) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        click("submit");
    }

    private void signOut() {
        click("logoutForm:logout");
    }
}
