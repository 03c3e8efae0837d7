package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 岗位需求目录 in Chromium, without signing in: the demo data's 13 published demands, filtered, paged, and downloaded
 * as Excel with the same filters; the JSON API answers alike and the non-public demand API wants a sign-in.
 */
class CatalogPageIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RunningPlatform platform = RunningPlatform.shared();
    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.open("zh-CN");
        browser.get(platform.url("/intake/catalog.xhtml"));
    }

    @AfterEach
    void quit() {
        browser.quit();
    }

    @Test
    void anyoneOpensTheCatalogWithoutSigningInAndReadsItAPageAtATime() {
        Browser.screenshot(browser, "catalog");
        assertThat(browser.getCurrentUrl()).contains("/intake/catalog.xhtml");
        assertThat(browser.findElement(By.cssSelector("h1.page-title")).getText())
                .isEqualTo("岗位需求目录");
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("共 13 条");
        assertThat(rows()).hasSize(10);
        assertThat(browser.findElement(By.id("pageNumber")).getText()).isEqualTo("第 1 / 2 页");
        assertThat(browser.findElements(By.linkText("岗位需求目录"))).isNotEmpty();
        follow(browser.findElement(By.id("next")));
        assertThat(rows()).hasSize(3);
        assertThat(browser.findElement(By.id("pageNumber")).getText()).isEqualTo("第 2 / 2 页");
    }

    @Test
    void theSearchFormFiltersByDegreeAndDistrictAndResetShowsEverythingAgain() {
        new Select(browser.findElement(By.id("degree"))).selectByValue("DOCTOR");
        follow(browser.findElement(By.id("find")));
        Browser.screenshot(browser, "catalog-doctors");
        assertThat(browser.getCurrentUrl()).contains("degree=DOCTOR");
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("共 5 条");
        assertThat(rows()).allSatisfy(r -> assertThat(r.getText()).contains("博士研究生"));
        assertThat(new Select(browser.findElement(By.id("degree")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("博士研究生");

        new Select(browser.findElement(By.id("district"))).selectByValue("150203");
        follow(browser.findElement(By.id("find")));
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("共 1 条");
        assertThat(rows().get(0).getText()).contains("机动车尾气净化催化剂研发工程师", "昆都仑区");

        follow(browser.findElement(By.id("reset")));
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("共 13 条");
    }

    @Test
    void theDownloadCarriesTheFiltersAndAnswersAnExcelWorkbook() {
        new Select(browser.findElement(By.id("industry"))).selectByValue("MODERN_ENERGY");
        follow(browser.findElement(By.id("find")));
        String href = browser.findElement(By.id("download")).getAttribute("href");
        assertThat(href).contains("/api/v1/intake/catalog.xlsx?", "industry=MODERN_ENERGY");

        HttpResponse<String> xlsx = Api.anonymous(platform).get(href.substring(href.indexOf("/api/")));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;").contains(".xlsx"));
        assertThat(xlsx.body()).startsWith("PK");
    }

    @Test
    void thePdfDownloadIsOfferedExactlyWhereReportingRendersItWithTheSameFilters() {
        new Select(browser.findElement(By.id("industry"))).selectByValue("MODERN_ENERGY");
        follow(browser.findElement(By.id("find")));
        List<WebElement> links = browser.findElements(By.id("downloadPdf"));
        if (links.isEmpty()) {
            // a platform without the reporting module: no button, and the API says to take the Excel file
            HttpResponse<String> none =
                    Api.anonymous(platform).get("/api/v1/intake/catalog.pdf?industry=MODERN_ENERGY");
            assertThat(none.statusCode()).isEqualTo(404);
            assertThat(none.body()).contains("Excel");
            return;
        }
        String href = links.get(0).getAttribute("href");
        assertThat(href).contains("/api/v1/intake/catalog.pdf?", "industry=MODERN_ENERGY");
        HttpResponse<String> pdf = Api.anonymous(platform).get(href.substring(href.indexOf("/api/")));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void theJsonCatalogIsPublicAndTheDemandApiIsNot() {
        HttpResponse<String> doctors = Api.anonymous(platform).get("/api/v1/intake/catalog?degree=DOCTOR&size=2");
        assertThat(doctors.statusCode()).isEqualTo(200);
        assertThat(doctors.body())
                .contains("\"total\":5", "\"degree\":\"DOCTOR\"")
                .doesNotContain("\"status\"");
        HttpResponse<String> bad = Api.anonymous(platform).get("/api/v1/intake/catalog?district=999999");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"district\"");
        assertThat(Api.anonymous(platform).get("/api/v1/intake/demands").statusCode())
                .isEqualTo(401);
        assertThat(Api.as(platform, "city")
                        .get("/api/v1/intake/demands?status=SUBMITTED")
                        .body())
                .contains("\"total\":2");
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#catalog tbody tr"));
    }

    private void follow(WebElement link) {
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(Browser.replaced(link));
    }
}
