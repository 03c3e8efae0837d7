package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Money under load, over HTTP (issue 15, the suite): a hundred concurrent requests to pay the last share of a grant —
 * half repeating one Idempotency-Key, half each with a key of its own — pay it once; a hundred concurrent recovery
 * decisions over five paid grants recover each once. The totals are exact to the fen.
 */
class MoneyUnderLoadIT {

    private static final Pattern PAYMENT_ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern AMOUNT = Pattern.compile("\"amountYuan\":\"([0-9.]+)\"");

    private final RunningPlatform platform = RunningPlatform.attacked();

    @Test
    void aHundredConcurrentPaymentsOfOneSharePayItOnce() throws Exception {
        Api city = Api.as(platform, "city");
        // the demo ledger's grant paid by the city and awaiting 昆都仑区's share
        String grant = first(city.get("/api/v1/ledger/grants?status=PARTLY_PAID&districtCode=150203&size=1")
                .body());
        assertThat(grant).as("a partly paid grant of 昆都仑区 in the demo ledger").isNotNull();
        String path = "/api/v1/ledger/grants/" + grant + "/payments";
        String body = "{\"financeLevel\":\"DISTRICT\",\"amountYuan\":\"50000.00\",\"paidOn\":\"" + TestDay.TODAY
                + "\",\"reference\":\"昆财拨〔2026〕1号\"}";
        String oneKey = UUID.randomUUID().toString();
        Api finance = Api.as(platform, "kundulunfinance");
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String key = i % 2 == 0 ? oneKey : UUID.randomUUID().toString();
            requests.add(() -> finance.post(path, body, Map.of("Idempotency-Key", key)));
        }
        List<HttpResponse<String>> answers = all(requests);

        List<HttpResponse<String>> paid =
                answers.stream().filter(a -> a.statusCode() < 300).toList();
        assertThat(answers)
                .allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(200, 201, 400, 409));
        Set<String> payments = paid.stream().map(a -> first(a.body())).collect(Collectors.toSet());
        assertThat(payments).as("every answer that paid names the one payment").hasSize(1);
        String detail = city.get("/api/v1/ledger/grants/" + grant).body();
        assertThat(detail).contains("\"status\":\"PAID\"");
        assertThat(sum(detail.substring(detail.indexOf("\"payments\""), detail.indexOf("\"policyId\""))))
                .isEqualByComparingTo("100000.00");
    }

    @Test
    void aHundredConcurrentRecoveryDecisionsRecoverEachGrantOnce() throws Exception {
        Api city = Api.as(platform, "city");
        List<String> grants = PAYMENT_ID
                .matcher(city.get("/api/v1/ledger/grants?status=PAID&size=100").body())
                .results()
                .map(m -> m.group(1))
                .toList();
        // five paid grants of 100,000 yuan whose ids are ids of grants (the list's items also carry other ids)
        List<String> chosen = new ArrayList<>();
        for (String id : grants) {
            String detail = city.get("/api/v1/ledger/grants/" + id).body();
            if (detail.contains("\"status\":\"PAID\"") && detail.contains("\"totalYuan\":\"100000.00\"")) {
                chosen.add(id);
            }
            if (chosen.size() == 5) {
                break;
            }
        }
        assertThat(chosen).hasSize(5);
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (String id : chosen) {
            String oneKey = UUID.randomUUID().toString();
            for (int i = 0; i < 20; i++) {
                String key = i % 2 == 0 ? oneKey : UUID.randomUUID().toString();
                requests.add(() -> city.post(
                        "/api/v1/ledger/grants/" + id + "/recoveries",
                        "{\"amountYuan\":\"100000.00\",\"decidedOn\":\"" + TestDay.TODAY
                                + "\",\"reason\":\"人才离职，按协议追回\"}",
                        Map.of("Idempotency-Key", key)));
            }
        }
        List<HttpResponse<String>> answers = all(requests);
        assertThat(answers)
                .allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(200, 201, 400, 409));
        for (String id : chosen) {
            String detail = city.get("/api/v1/ledger/grants/" + id).body();
            assertThat(detail).contains("\"status\":\"RECOVERED\"");
            String recoveries = detail.substring(detail.indexOf("\"recoveries\""));
            assertThat(sum(recoveries)).as("grant " + id + ": " + recoveries).isEqualByComparingTo("100000.00");
        }
    }

    private static List<HttpResponse<String>> all(List<Callable<HttpResponse<String>>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(requests)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String first(String body) {
        Matcher m = PAYMENT_ID.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private static BigDecimal sum(String json) {
        return AMOUNT.matcher(json)
                .results()
                .map(m -> new BigDecimal(m.group(1)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
