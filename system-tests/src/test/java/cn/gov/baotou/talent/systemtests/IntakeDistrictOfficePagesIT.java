package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A district office's intake pages in Chromium: the zone's office sees the hires of its own district only (another
 * district's case does not exist for it, its export holds its district alone) and records the joint agreement of an
 * enterprise of its district; Kundulun's office is not offered the zone's enterprises.
 */
class IntakeDistrictOfficePagesIT {

    private final RunningPlatform platform = IntakeCases.platform();

    @Test
    void theZonesOfficeSeesTheHiresOfItsOwnDistrictOnly() {
        IntakeCases.submit("magnet", "高新区博士", IntakeCases.idNumber(IntakeCases.young()));
        long elsewhere = IntakeCases.submit("catalyst", "昆区博士", IntakeCases.idNumber(IntakeCases.young()));
        WebDriver rezone = SignedInBrowser.as(platform, "rezone");
        try {
            IntakePage page = new IntakePage(rezone);
            rezone.get(platform.url("/intake/hires/list.xhtml"));
            page.screenshot("intake-district-hires");
            assertThat(page.text("#list\\:hires")).contains("高新区博士").doesNotContain("昆区博士");
            assertThat(rezone.findElements(By.id("search:districtCode"))).isEmpty();
            // the ID number is masked for a district office
            assertThat(page.text("#list\\:hires")).containsPattern("\\d{6}\\*{8}\\d{3}[\\dX]");
            rezone.get(platform.url("/intake/hires/hire.xhtml?id=" + elsewhere));
            assertThat(page.messages()).contains("没有编号为 " + elsewhere + " 的拟录用人员");
            assertThat(rezone.getPageSource()).doesNotContain("昆区博士");
            List<List<String>> rows = HireWorkbooks.rows(Api.as(platform, "rezone")
                    .download("/api/v1/intake/hires.xlsx")
                    .body());
            assertThat(rows.subList(3, rows.size())).isNotEmpty().allSatisfy(r -> assertThat(r.get(8))
                    .isEqualTo("包头稀土高新技术产业开发区"));
        } finally {
            rezone.quit();
        }
    }

    @Test
    void theZonesOfficeRecordsAJointAgreementAndEachFieldIsCheckedNextToIt() {
        WebDriver rezone = SignedInBrowser.as(platform, "rezone");
        try {
            IntakePage page = new IntakePage(rezone);
            rezone.get(platform.url("/intake/agreements.xhtml"));
            Select enterprise = new Select(rezone.findElement(By.id("agreement:enterpriseId")));
            assertThat(enterprise.getOptions()).extracting(WebElement::getText).noneMatch(t -> t.contains("催化"));
            enterprise.selectByVisibleText("包头示范稀土储氢材料科技有限公司（" + IntakeCases.HYDROGEN + "）");
            page.date("agreement:validTo", IntakeCases.TODAY.plusYears(2).toString());
            page.click("agreement:record");
            page.screenshot("intake-agreement-refused");
            assertThat(page.fieldError("agreement:signedOn")).isNotBlank();
            assertThat(new Select(rezone.findElement(By.id("agreement:enterpriseId")))
                            .getFirstSelectedOption()
                            .getText())
                    .contains("储氢");
            page.date("agreement:signedOn", IntakeCases.TODAY.minusDays(3).toString());
            page.date("agreement:validTo", IntakeCases.TODAY.plusYears(2).toString());
            page.click("agreement:record");
            page.screenshot("intake-agreements");
            WebElement row = rezone.findElements(By.cssSelector("#agreements tbody tr")).stream()
                    .filter(r -> r.getText().contains("储氢"))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.getText()).contains(IntakeCases.TODAY.minusDays(3).toString(), "有效");
            assertThat(page.text("#agreements")).doesNotContain("催化");
        } finally {
            rezone.quit();
        }
        WebDriver kundulun = SignedInBrowser.as(platform, "kundulun");
        try {
            kundulun.get(platform.url("/intake/agreements.xhtml"));
            assertThat(new Select(kundulun.findElement(By.id("agreement:enterpriseId"))).getOptions())
                    .extracting(WebElement::getText)
                    .noneMatch(t -> t.contains("储氢"));
            assertThat(kundulun.findElement(By.id("agreements")).getText())
                    .contains("催化")
                    .doesNotContain("储氢");
        } finally {
            kundulun.quit();
        }
    }
}
