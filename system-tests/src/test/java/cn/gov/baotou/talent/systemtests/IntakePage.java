package cn.gov.baotou.talent.systemtests;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the intake page tests do in a browser: type, set a date, click and wait for the answer, read a field's error. */
final class IntakePage {

    private final WebDriver browser;

    IntakePage(WebDriver browser) {
        this.browser = browser;
    }

    void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** A date input's value set as the browser would send it (its picker is locale-dependent). */
    void date(String id, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    void click(String id) {
        click(browser.findElement(By.id(id)));
    }

    void click(WebElement e) {
        e.click();
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(Browser.replaced(e));
    }

    /** The error shown next to a field (the element after it in its cell). */
    String fieldError(String id) {
        return browser.findElement(By.id(id))
                .findElement(By.xpath("following-sibling::*[contains(@class,'field-error')]"))
                .getText();
    }

    String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    String text(String cssSelector) {
        return browser.findElement(By.cssSelector(cssSelector)).getText();
    }

    /** The whole page as a screenshot under target/st/screenshots, however long it is. */
    void screenshot(String name) {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.body.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 120, 6000)));
        Browser.screenshot(browser, name);
        browser.manage().window().setSize(window);
    }

    String messages() {
        return browser.findElements(By.cssSelector("ul.plain li")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }
}
