package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The rare-earth measures in Chromium: an enterprise applies for a 候鸟式 engineer (a bad amount is refused next to
 * the field and the form keeps what was typed), 人社局 and the city office approve on the case page, the board shows
 * the grant; the science bureau publishes a key problem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RareEarthPagesIT {

    private final RunningPlatform platform = RunningPlatform.shared();
    private String casePage;

    @Test
    @Order(1)
    void anEnterpriseAppliesAndARefusedAmountIsShownNextToItsFieldWithTheFormKept() {
        WebDriver magnet = SignedInBrowser.as(platform, "magnet");
        try {
            magnet.get(platform.url("/rare-earth/applications.xhtml"));
            WebElement measure = magnet.findElement(By.id("apply:measureNo"));
            new Select(measure).selectByValue("5");
            WebElement basis =
                    wait(magnet).until(ExpectedConditions.presenceOfElementLocated(By.id("apply:basisYuan")));
            magnet.findElement(By.cssSelector("input[name='apply:beneficiaryKind'][value='PERSON']"))
                    .click();
            magnet.findElement(By.id("apply:personName")).sendKeys("赵工");
            magnet.findElement(By.id("apply:personIdNumber")).sendKeys(idNumber());
            magnet.findElement(By.id("apply:subject")).sendKeys("稀土永磁工艺兼职服务");
            new Select(magnet.findElement(By.id("apply:category"))).selectByValue("PART_TIME");
            basis.sendKeys("十万");
            submit(magnet);
            Browser.screenshot(magnet, "rare-earth-apply-refused");
            assertThat(magnet.getPageSource()).contains("金额格式不正确");
            assertThat(magnet.findElement(By.id("apply:personName")).getAttribute("value"))
                    .isEqualTo("赵工");
            WebElement again = magnet.findElement(By.id("apply:basisYuan"));
            again.clear();
            again.sendKeys("200000.00");
            submit(magnet);
            Browser.screenshot(magnet, "rare-earth-application");
            assertThat(magnet.getCurrentUrl()).contains("/rare-earth/application.xhtml?id=");
            assertThat(magnet.getPageSource()).contains("待牵头部门审核", "60000.00", "rare-earth.5");
            casePage = magnet.getCurrentUrl();
        } finally {
            magnet.quit();
        }
    }

    @Test
    @Order(2)
    void theLeadDepartmentThenTheCityOfficeApproveAndTheBoardShowsTheGrant() {
        review("hr", "牵头部门审核通过", "待市委人才办审核");
        review("city", "市委人才办审核通过", "已支持");
        WebDriver leader = SignedInBrowser.as(platform, "leader");
        try {
            leader.get(platform.url("/rare-earth/measures.xhtml"));
            Browser.screenshot(leader, "rare-earth-board");
            assertThat(leader.findElement(By.id("measure-5")).getText()).contains("市人社局", "1 件", "60000.00");
            assertThat(leader.findElement(By.id("measure-9")).getText()).contains("筛选关键核心技术难题");
        } finally {
            leader.quit();
        }
    }

    @Test
    @Order(3)
    void theScienceBureauPublishesAKeyProblem() {
        WebDriver science = SignedInBrowser.as(platform, "science");
        try {
            science.get(platform.url("/rare-earth/problems.xhtml"));
            science.findElement(By.id("publish:title")).sendKeys("稀土抛光粉回收利用关键技术");
            science.findElement(By.id("publish:description")).sendKeys("攻关目标：回收率 90% 以上");
            new Select(science.findElement(By.id("publish:field"))).selectByValue("POLISHING");
            science.findElement(By.id("publish:budgetYuan")).sendKeys("3000000.00");
            ((JavascriptExecutor) science)
                    .executeScript("arguments[0].value = '2099-12-31'", science.findElement(By.id("publish:bidsDue")));
            WebElement button = science.findElement(By.id("publish:submit"));
            button.click();
            wait(science).until(ExpectedConditions.stalenessOf(button));
            Browser.screenshot(science, "rare-earth-problem");
            assertThat(science.getPageSource()).contains("稀土抛光粉回收利用关键技术", "张榜中");
        } finally {
            science.quit();
        }
    }

    /** A valid 身份证号 (GB 11643 check digit) new to the platform, so that a rerun on the same data is refused nothing. */
    private static String idNumber() {
        String body = "11010119700303" + String.format("%03d", (int) (System.nanoTime() % 1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private void review(String user, String action, String state) {
        WebDriver browser = SignedInBrowser.as(platform, user);
        try {
            browser.get(casePage);
            browser.findElement(By.id("review:opinion")).sendKeys("同意");
            WebElement button = browser.findElement(By.xpath("//input[@type='submit' and @value='" + action + "']"));
            button.click();
            wait(browser).until(ExpectedConditions.stalenessOf(button));
            assertThat(browser.getPageSource()).contains(state);
        } finally {
            browser.quit();
        }
    }

    private static void submit(WebDriver browser) {
        WebElement button = browser.findElement(By.id("apply:submit"));
        button.click();
        wait(browser).until(ExpectedConditions.stalenessOf(button));
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }
}
