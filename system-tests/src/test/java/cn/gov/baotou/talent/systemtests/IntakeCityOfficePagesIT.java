package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The city office's steps on a hire's page in Chromium: verification with its opinion, the 原则上 age exception that
 * needs a written reason first, the three-party agreement with its uploaded copy, and the recovery of a departed hire.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeCityOfficePagesIT {

    private final RunningPlatform platform = IntakeCases.platform();
    private WebDriver city;
    private IntakePage page;

    @BeforeAll
    void signIn() {
        city = SignedInBrowser.as(platform, "city");
        page = new IntakePage(city);
    }

    @AfterAll
    void quit() {
        city.quit();
    }

    @Test
    void theCityOfficeVerifiesASubmittedHireWithItsOpinion() {
        long hire = IntakeCases.submit("magnet", "核实博士", IntakeCases.idNumber(IntakeCases.young()));
        city.get(platform.url("/intake/hires/list.xhtml?status=SUBMITTED"));
        assertThat(page.text("#list\\:hires")).contains("核实博士");
        city.get(platform.url("/intake/hires/hire.xhtml?id=" + hire));
        page.type("steps:opinion", "学历学位经学信网核验无误");
        page.click("steps:verify");
        page.screenshot("intake-verified");
        assertThat(page.text("#status")).isEqualTo("已核实");
        assertThat(page.text(".timeline")).contains("核实通过", "学历学位经学信网核验无误");
    }

    @Test
    void anOverAgePhdNeedsTheCityOfficesExceptionWithAWrittenReasonBeforeVerification() {
        long hire = IntakeCases.submit("magnet", "年长博士", IntakeCases.idNumber("1979-03-15"));
        city.get(platform.url("/intake/hires/hire.xhtml?id=" + hire));
        assertThat(city.getPageSource()).contains("年龄例外（待同意）");
        page.click("steps:verify");
        assertThat(page.messages()).contains("须先由市委人才办书面同意例外");
        assertThat(page.text("#status")).isEqualTo("待核实");
        page.click("steps:approveException");
        page.screenshot("intake-exception-refused");
        assertThat(page.fieldError("steps:reason")).contains("必填");
        page.type("steps:reason", "稀土永磁领域急需的学科带头人，经市委人才办研究同意");
        page.click("steps:approveException");
        page.screenshot("intake-exception");
        assertThat(city.getPageSource()).contains("年龄例外（已同意）", "经市委人才办研究同意");
        page.click("steps:verify");
        assertThat(page.text("#status")).isEqualTo("已核实");
        city.get(platform.url("/intake/hires/exceptions.xhtml"));
        assertThat(city.getPageSource()).contains("年长博士");
    }

    @Test
    void theAgreementIsRecordedWithItsUploadedCopyAndBooksTheSubsidy() throws Exception {
        long hire = IntakeCases.submit("magnet", "签约博士", IntakeCases.idNumber(IntakeCases.young()));
        IntakeCases.verify(hire);
        city.get(platform.url("/intake/hires/hire.xhtml?id=" + hire));
        page.date("agreement:signedOn", IntakeCases.TODAY.toString());
        page.click("agreement:sign");
        assertThat(page.fieldError("agreement:documentId")).contains("必填");
        Path copy = Path.of(System.getProperty("talent.st.dir"), "uploads", "三方协议.pdf");
        Files.createDirectories(copy.getParent());
        Files.write(copy, IntakeCases.pdf());
        page.date("agreement:signedOn", IntakeCases.TODAY.toString());
        city.findElement(By.id("agreement:documentId"))
                .sendKeys(copy.toAbsolutePath().toString());
        page.type("agreement:reason", "企业、稀土高新区管委会与人才三方已签字盖章");
        page.click("agreement:sign");
        page.screenshot("intake-agreement");
        assertThat(page.text("#status")).isEqualTo("已签三方协议");
        assertThat(city.getPageSource()).contains("资金台账", "拨付期限", "/api/v1/documents/");
        assertThat(page.text(".timeline")).contains("登记三方协议", "三方已签字盖章");
    }

    @Test
    void theCityOfficeDecidesTheRecoveryOfADepartedHire() {
        long hire = IntakeCases.submit("magnet", "追回博士", IntakeCases.idNumber(IntakeCases.young()));
        IntakeCases.verify(hire);
        IntakeCases.sign(hire, IntakeCases.MAGNET);
        IntakeCases.pay(hire, "cityfinance", "CITY");
        IntakeCases.pay(hire, "rezonefinance", "DISTRICT");
        IntakeCases.step(
                hire,
                "departure",
                "{\"kind\":\"RESIGNED\",\"departedOn\":\"" + IntakeCases.TODAY + "\",\"reason\":\"个人原因辞职\"}",
                "magnet");
        city.get(platform.url("/intake/hires/hire.xhtml?id=" + hire));
        assertThat(city.findElement(By.id("recovery:amountYuan")).getAttribute("placeholder"))
                .isEqualTo("200000.00");
        page.click("recovery:recover");
        assertThat(page.fieldError("recovery:reason")).contains("必填");
        page.type("recovery:reason", "服务未满 5 年，按默认方案全额追回");
        page.click("recovery:recover");
        page.screenshot("intake-recovery");
        assertThat(city.getPageSource()).contains("已决定追回", "200000.00", IntakeCases.TODAY.toString());
        assertThat(page.text(".timeline")).contains("决定追回补贴", "按默认方案全额追回");
        assertThat(city.findElements(By.id("recovery:recover"))).isEmpty();
    }
}
