package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** 政策计算器 in Chromium, without signing in: the same answers as the rules API, each check with its clause. */
class CalculatorPageIT {

    private final RunningPlatform platform = RunningPlatform.shared();
    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.open("zh-CN");
        browser.get(platform.url("/intake/calculator.xhtml"));
    }

    @AfterEach
    void quit() {
        browser.quit();
    }

    @Test
    void aPhdOnHis41stBirthdayNeedsTheCityOfficesException() {
        date("calculator:birthDate", "1983-06-15");
        date("calculator:assessedOn", "2024-06-15");
        submit();
        Browser.screenshot(browser, "calculator-exception");
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).contains("市委人才办书面同意例外");
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("200000.00 元");
        assertThat(browser.findElement(By.cssSelector("tr.fail")).getText())
                .contains("41 周岁", "intake.3.1", "原则上引进博士年龄在 40 周岁以下");
    }

    @Test
    void aMasterInAnEnterpriseOutsideTheKeyIndustriesIsNotEligible() {
        new Select(browser.findElement(By.id("calculator:degree"))).selectByValue("MASTER");
        new Select(browser.findElement(By.id("calculator:industry"))).selectByValue("OTHER");
        date("calculator:birthDate", "1996-01-01");
        date("calculator:assessedOn", "2024-06-15");
        submit();
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("不符合引进条件");
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("0.00 元");
        assertThat(browser.findElements(By.cssSelector("tr.fail a.clause-id")))
                .extracting(WebElement::getText)
                .contains("intake.4");
    }

    @Test
    void aMissingBirthDateIsSaidNextToTheField() {
        date("calculator:birthDate", "");
        submit();
        assertThat(browser.findElement(By.cssSelector(".field-error")).getText())
                .contains("出生日期");
        assertThat(browser.findElements(By.cssSelector(".verdict"))).isEmpty();
    }

    private void date(String id, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private void submit() {
        WebElement button = browser.findElement(By.id("calculator:calculate"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(Browser.replaced(button));
    }
}
