package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages anyone can open, in Chromium: the home page, a policy clause by clause, the API page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesIT {

    private final RunningPlatform platform = RunningPlatform.shared();
    private WebDriver chinese;

    @BeforeAll
    void open() {
        chinese = Browser.open("zh-CN");
    }

    @AfterAll
    void quit() {
        chinese.quit();
    }

    @Test
    void theHomePageShowsTheThreePoliciesInChinese() {
        chinese.get(platform.url("/"));
        Browser.screenshot(chinese, "home");
        assertThat(chinese.getTitle()).contains("包头市人才政策平台");
        assertThat(chinese.findElements(By.cssSelector(".policy-card h3")))
                .extracting(WebElement::getText)
                .containsExactly("包头市重点产业博士硕士引进行动计划", "包头市重点企业人才精准服务计划", "包头市支持促进稀土产业人才发展的若干措施");
        assertThat(chinese.findElement(By.id("policy-intake")).getText()).contains("包府发〔2022〕18号", "2025-12-31");
    }

    @Test
    void aPolicyIsReadClauseByClauseAndEachClauseIsLinkableById() {
        chinese.get(platform.url("/"));
        WebElement readFull = chinese.findElement(By.cssSelector("#policy-intake a.button"));
        readFull.click();
        new WebDriverWait(chinese, Duration.ofSeconds(30)).until(Browser.replaced(readFull));
        assertThat(chinese.getCurrentUrl()).contains("/core/policy.xhtml?id=intake");
        WebElement clause = chinese.findElement(By.id("intake.3.1"));
        assertThat(clause.getText()).contains("原则上引进博士年龄在 40 周岁以下", "intake.3.1");

        chinese.get(platform.url("/core/policy.xhtml?id=rare-earth#rare-earth.5"));
        Browser.screenshot(chinese, "policy-rare-earth-5");
        WebElement measure = chinese.findElement(By.id("rare-earth.5"));
        assertThat(measure.getText()).contains("候鸟式", "牵头单位：市人社局", "责任单位：市住建局、市财政局、各旗县区");
        assertThat(measure.getCssValue("outline-style")).isEqualTo("solid");
    }

    @Test
    void anUnknownPolicySaysSo() {
        chinese.get(platform.url("/core/policy.xhtml?id=no-such-policy"));
        assertThat(chinese.findElement(By.cssSelector(".notice.error")).getText())
                .contains("no-such-policy");
    }

    @Test
    void englishIsTheSecondLanguage() {
        WebDriver english = Browser.open("en");
        try {
            english.get(platform.url("/"));
            assertThat(english.findElement(By.cssSelector(".brand strong")).getText())
                    .isEqualTo("Baotou Talent Policy Platform");
            WebElement switchLink = english.findElement(By.cssSelector("a.lang"));
            switchLink.click();
            new WebDriverWait(english, Duration.ofSeconds(30)).until(Browser.replaced(switchLink));
            assertThat(english.findElement(By.cssSelector(".brand strong")).getText())
                    .isEqualTo("包头市人才政策平台");
        } finally {
            english.quit();
        }
    }

    @Test
    void theApiPageIsServedByThePlatformItself() {
        chinese.get(platform.url("/api-docs.html"));
        WebElement title = new WebDriverWait(chinese, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.cssSelector(".swagger-ui .title")));
        Browser.screenshot(chinese, "api-docs");
        assertThat(title.getText()).contains("包头市人才政策平台 API");
        assertThat(chinese.getPageSource()).contains("/api/v1/policies");
    }
}
