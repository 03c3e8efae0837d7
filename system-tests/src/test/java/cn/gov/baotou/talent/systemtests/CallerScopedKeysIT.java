package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15, item 7 over HTTP: an {@code Idempotency-Key} belongs to the account that sent it. The city finance pays
 * the city share of a hire's grant; the zone's finance, choosing the same key for the district share, gets a payment
 * of its own (never the city's); the city finance's key sent again with another reference is a 422 naming the key,
 * and sent again unchanged it is the first payment. And item 2 in a real Chromium: a page's script writes to the API
 * with the session's token from the layout, and the same call without it is refused.
 */
class CallerScopedKeysIT {

    private final RunningPlatform platform = IntakeCases.platform();

    @Test
    void anotherFinancesSameKeyIsANewPaymentAndTheSameKeyWithOtherFieldsIsA422() {
        long hire = IntakeCases.submit("magnet", "幂等博士", IntakeCases.idNumber(IntakeCases.young()));
        IntakeCases.verify(hire);
        IntakeCases.sign(hire, IntakeCases.MAGNET);
        long grant = IntakeCases.number(
                Api.as(platform, "city").get("/api/v1/intake/hires/" + hire).body(), "grantId");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> city = pay("cityfinance", grant, "CITY", "ST-CITY", key);
        assertThat(city.statusCode()).as(city.body()).isEqualTo(201);
        long cityPayment = IntakeCases.number(city.body(), "id");

        HttpResponse<String> zone = pay("rezonefinance", grant, "DISTRICT", "ST-ZONE", key);
        assertThat(zone.statusCode()).as(zone.body()).isEqualTo(201);
        assertThat(IntakeCases.number(zone.body(), "id")).isNotEqualTo(cityPayment);
        assertThat(zone.body()).contains("\"financeLevel\":\"DISTRICT\"").doesNotContain("ST-CITY");

        HttpResponse<String> other = pay("cityfinance", grant, "CITY", "ST-OTHER", key);
        assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(other.body()).contains("\"field\":\"Idempotency-Key\"", "ledger.idempotencyKey.otherRequest");

        HttpResponse<String> again = pay("cityfinance", grant, "CITY", "ST-CITY", key);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(IntakeCases.number(again.body(), "id")).isEqualTo(cityPayment);
    }

    @Test
    void aPagesScriptWritesWithTheSessionsTokenAndIsRefusedWithoutIt() {
        WebDriver leader = SignedInBrowser.as(platform, "leader");
        try {
            leader.get(platform.url("/reports/report.xhtml?kind=targets&mode=year&year=2025"));
            String token = leader.findElement(By.cssSelector("meta[name='csrf-token']"))
                    .getAttribute("content");
            assertThat(token).hasSizeGreaterThan(40);
            // reports.js starts a job with POST /api/v1/reports/jobs: accepted, so the panel follows it to the end
            leader.findElement(By.id("pdf")).click();
            WebElement download = new WebDriverWait(leader, Duration.ofSeconds(240))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#job-panel a.button")));
            assertThat(download.getAttribute("download")).endsWith(".pdf");
            Object refused = ((JavascriptExecutor) leader)
                    .executeAsyncScript("var done = arguments[arguments.length - 1];"
                            + "fetch('" + platform.url("/api/v1/reports/jobs") + "', {method: 'POST',"
                            + " credentials: 'same-origin', headers: {'Content-Type': 'application/json'},"
                            + " body: '{}'}).then(function (r) { return r.text().then(function (t) {"
                            + " done(r.status + ' ' + t); }); });");
            assertThat(String.valueOf(refused)).startsWith("403 ").contains("\"rule\":\"csrf.token\"");
        } finally {
            leader.quit();
        }
    }

    private HttpResponse<String> pay(String user, long grant, String level, String reference, String key) {
        return Api.as(platform, user)
                .post(
                        "/api/v1/ledger/grants/" + grant + "/payments",
                        "{\"financeLevel\":\"" + level + "\",\"amountYuan\":\"100000.00\",\"paidOn\":\""
                                + IntakeCases.TODAY + "\",\"reference\":\"" + reference + "\"}",
                        Map.of("Idempotency-Key", key));
    }
}
