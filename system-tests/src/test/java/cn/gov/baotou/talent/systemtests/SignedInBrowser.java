package cn.gov.baotou.talent.systemtests;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A Chromium signed in through the login form as one of the demo accounts. */
final class SignedInBrowser {

    private SignedInBrowser() {}

    static WebDriver as(RunningPlatform platform, String username) {
        WebDriver browser = Browser.open("zh-CN");
        browser.get(platform.url("/login.xhtml"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
        WebElement submit = browser.findElement(By.id("submit"));
        submit.click();
        // signed in once the browser has left the login page for the workbench: the answer to the form carries the new
        // session id (it changes on signing in), and a page asked for before it arrives would go with the old one
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> Browser.replaced(submit).apply(d)
                        && !d.getCurrentUrl().contains("/login.xhtml")
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return browser;
    }
}
