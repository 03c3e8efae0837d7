package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The city office's administration pages in Chromium, and that no other role reaches them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesIT {

    private final RunningPlatform platform = RunningPlatform.shared();
    private WebDriver city;

    @BeforeAll
    void signIn() {
        city = SignedInBrowser.as(platform, "city");
    }

    @AfterAll
    void quit() {
        city.quit();
    }

    @Test
    void theWorkbenchShowsTheCityOfficesAdministration() {
        city.get(platform.url("/core/workbench.xhtml"));
        Browser.screenshot(city, "workbench-city-office");
        assertThat(city.findElement(By.id("pending")).getText()).contains("待办");
        assertThat(city.getPageSource())
                .contains("/core/admin/accounts.xhtml", "/core/admin/parameters.xhtml", "/core/admin/calendar.xhtml");
        // the API documentation is a developer's tool: in the city office's menu only
        assertThat(city.findElements(By.id("api-docs-link"))).hasSize(1);
    }

    @Test
    void accountsAreListedWithTheirRoles() {
        city.get(platform.url("/core/admin/accounts.xhtml"));
        Browser.screenshot(city, "admin-accounts");
        assertThat(city.findElement(By.id("list:accounts")).getText()).contains("kundulun", "属地党委人才办", "magnet", "企业");
    }

    @Test
    void theParametersShowTheDoctorSubsidyWithItsClause() {
        city.get(platform.url("/core/admin/parameters.xhtml"));
        Browser.screenshot(city, "admin-parameters");
        assertThat(city.getPageSource()).contains("intake.subsidy.doctorYuan", "200000.00", "intake.3.2.1");
    }

    @Test
    void theCalendarShowsTheNationalDayHoliday() {
        city.get(platform.url("/core/admin/calendar.xhtml"));
        Browser.screenshot(city, "admin-calendar");
        assertThat(city.getPageSource()).contains("国庆节");
    }

    @Test
    void theHistoryOfAnEnterpriseShowsItsFirstRevision() {
        city.get(platform.url("/core/admin/history.xhtml?type=enterprise&id=1"));
        Browser.screenshot(city, "admin-history");
        assertThat(city.getPageSource()).contains("91150271MAYY0D013N");
    }

    @Test
    void aDistrictOfficeIsRefusedTheAdministrationPages() {
        WebDriver district = SignedInBrowser.as(platform, "kundulun");
        try {
            district.get(platform.url("/core/admin/accounts.xhtml"));
            assertThat(district.getPageSource()).doesNotContain("list:accounts");
            assertThat(district.getTitle()).doesNotContain("账号管理");
            district.get(platform.url("/core/workbench.xhtml"));
            assertThat(district.findElements(By.id("api-docs-link"))).isEmpty();
        } finally {
            district.quit();
        }
    }
}
