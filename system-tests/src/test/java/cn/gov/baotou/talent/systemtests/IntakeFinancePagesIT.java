package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The finances' intake pages in Chromium: the zone's finance finds the signed case on its workbench and records its
 * half on the hire's page (a missing voucher refused next to its field), city finance its own, and the case then
 * reads 补贴已拨付; another district's finance does not see the case; each finance's overdue list holds only shares past
 * their due date, which a share booked today is not.
 */
class IntakeFinancePagesIT {

    private final RunningPlatform platform = IntakeCases.platform();

    @Test
    void eachFinanceRecordsItsOwnHalfOnTheHiresPage() {
        long hire = IntakeCases.submit("magnet", "拨付博士", IntakeCases.idNumber(IntakeCases.young()));
        IntakeCases.verify(hire);
        IntakeCases.sign(hire, IntakeCases.MAGNET);
        WebDriver zone = SignedInBrowser.as(platform, "rezonefinance");
        try {
            IntakePage page = new IntakePage(zone);
            zone.get(platform.url("/core/workbench.xhtml"));
            WebElement toPay = zone.findElement(By.partialLinkText("补贴未拨付完毕"));
            assertThat(toPay.getAttribute("href")).contains("/intake/hires/list.xhtml?status=AGREEMENT_SIGNED");
            page.click(toPay);
            page.click(zone.findElement(By.linkText("拨付博士")));
            assertThat(page.text("#owed")).isEqualTo("100000.00 元");
            page.date("payment:paidOn", IntakeCases.TODAY.toString());
            page.click("payment:pay");
            page.screenshot("intake-payment-refused");
            assertThat(page.fieldError("payment:reference")).isNotBlank();
            assertThat(page.value("payment:paidOn")).isEqualTo(IntakeCases.TODAY.toString());
            page.type("payment:reference", "QZCZ-2026-0815");
            page.click("payment:pay");
            page.screenshot("intake-payment");
            assertThat(zone.findElements(By.id("payment:pay"))).isEmpty();
            assertThat(zone.getPageSource()).contains("已拨付 100000.00");
            assertThat(page.text("#status")).isEqualTo("已签三方协议");
        } finally {
            zone.quit();
        }
        WebDriver kundulun = SignedInBrowser.as(platform, "kundulunfinance");
        try {
            kundulun.get(platform.url("/intake/hires/hire.xhtml?id=" + hire));
            assertThat(new IntakePage(kundulun).messages()).contains("没有编号为 " + hire + " 的拟录用人员");
            assertThat(kundulun.findElements(By.id("payment:pay"))).isEmpty();
        } finally {
            kundulun.quit();
        }
        WebDriver city = SignedInBrowser.as(platform, "cityfinance");
        try {
            IntakePage page = new IntakePage(city);
            city.get(platform.url("/intake/hires/hire.xhtml?id=" + hire));
            page.date("payment:paidOn", IntakeCases.TODAY.toString());
            page.type("payment:reference", "SCZ-2026-1206");
            page.click("payment:pay");
            page.screenshot("intake-paid");
            assertThat(page.text("#status")).isEqualTo("补贴已拨付");
            assertThat(page.text(".timeline")).contains("补贴拨付完毕");
        } finally {
            city.quit();
        }
    }

    @Test
    void theOverdueListHoldsOnlySharesPastTheirDueDate() {
        long hire = IntakeCases.submit("magnet", "未逾期博士", IntakeCases.idNumber(IntakeCases.young()));
        IntakeCases.verify(hire);
        IntakeCases.sign(hire, IntakeCases.MAGNET);
        long grant = IntakeCases.number(
                Api.as(platform, "city").get("/api/v1/intake/hires/" + hire).body(), "grantId");
        for (String finance : new String[] {"rezonefinance", "cityfinance"}) {
            WebDriver browser = SignedInBrowser.as(platform, finance);
            try {
                browser.get(platform.url("/core/workbench.xhtml"));
                assertThat(browser.getPageSource()).contains("/core/ledger/overdue.xhtml");
                browser.get(platform.url("/core/ledger/overdue.xhtml"));
                new IntakePage(browser).screenshot("intake-overdue-" + finance);
                assertThat(browser.getPageSource()).contains("逾期");
                // signed today: due ten working days later, so not overdue, for either finance
                assertThat(browser.findElements(By.cssSelector("#overdue tbody tr td:first-child")))
                        .extracting(WebElement::getText)
                        .doesNotContain(String.valueOf(grant));
                browser.get(platform.url("/intake/hires/hire.xhtml?id=" + hire));
                assertThat(browser.getPageSource()).contains("拨付期限");
            } finally {
                browser.quit();
            }
        }
    }
}
