package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in with the login form, as each kind of user does, and the throttle: wrong passwords make the next attempt
 * wait, never lock the account out.
 */
class SignInIT {

    private static final String PASSWORD = "Baotou@2022";

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
    void aProtectedPageAsksToSignInAndThenShowsThatPage() {
        browser.get(platform.url("/core/workbench.xhtml"));
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
        Browser.screenshot(browser, "login");
        signIn("kundulun", PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/core/workbench.xhtml");
        String hero = browser.findElement(By.cssSelector(".hero")).getText();
        Browser.screenshot(browser, "workbench-district-office");
        assertThat(hero).contains("昆都仑区委人才办 赵科长", "属地党委人才办", "昆都仑区");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndTheFormKeepsTheAccount() {
        browser.get(platform.url("/login.xhtml"));
        signIn("city", "not-the-password");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("账号或密码不正确");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo("city");
    }

    @Test
    void theCityOfficeSeesAdministrationAndCanSignOut() {
        browser.get(platform.url("/login.xhtml"));
        signIn("city", PASSWORD);
        assertThat(browser.findElement(By.cssSelector(".hero")).getText()).contains("市委人才办");
        assertThat(browser.getPageSource()).contains("/core/admin/accounts.xhtml");
        WebElement logout = browser.findElement(By.id("logoutForm:logout"));
        logout.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(Browser.replaced(logout));
        assertThat(browser.findElement(By.id("login-link")).getText()).isEqualTo("登录");
        browser.get(platform.url("/core/workbench.xhtml"));
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
    }

    @Test
    void wrongPasswordsMakeTheRightOneWaitButNeverLockTheAccount() throws InterruptedException {
        browser.get(platform.url("/login.xhtml"));
        for (int i = 0; i < 5; i++) {
            if (i >= 3) {
                // the third failure makes the next attempt wait 1 s, the fourth 2 s: wait, for each to be counted
                Thread.sleep((1_000L << (i - 3)) + 200);
            }
            signIn("education", "wrong-" + i);
        }
        long lastFailure = System.nanoTime();
        // five failures: the name waits 4 s, and the right password meanwhile gets the same answer as a wrong one
        signIn("education", PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("账号或密码不正确");
        Thread.sleep(Math.max(0, 4_500 - (System.nanoTime() - lastFailure) / 1_000_000));
        signIn("education", PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/core/workbench.xhtml");
    }

    private void signIn(String username, String password) {
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement submit = browser.findElement(By.id("submit"));
        submit.click();
        // the form posts and a new page replaces this one (login again, or the page asked for)
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(Browser.replaced(submit));
    }
}
