package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Permitted users are never refused at random: five sessions signed in through the login form (the city office twice,
 * leadership twice, city finance) load pages and API calls their roles allow, 1,000 requests on 8 threads at once,
 * and every one is answered 200 by a page that knows its caller — none Payara's 403, none sent back to the login form,
 * none rendered as if nobody were signed in.
 */
class ParallelSessionsIT {

    static final int ROUNDS = 100;

    @Test
    void aThousandParallelRequestsOfSignedInSessionsAreAllAnswered() throws Exception {
        RunningPlatform platform = RunningPlatform.shared();
        Map<String, List<String>> allowed = Map.of(
                "city", List.of("/core/admin/accounts.xhtml", "/api/v1/accounts"),
                "leader", List.of("/core/ledger/overdue.xhtml", "/api/v1/ledger/overdue"),
                "cityfinance", List.of("/core/ledger/overdue.xhtml", "/api/v1/ledger/overdue"));
        List<String[]> sessions = new ArrayList<>();
        for (String user : List.of("city", "city", "leader", "leader", "cityfinance")) {
            sessions.add(new String[] {user, sessionCookie(platform, user)});
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        AtomicInteger answered = new AtomicInteger();
        Map<String, Integer> refused = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (String[] session : sessions) {
                    for (String path : allowed.get(session[0])) {
                        work.add(threads.submit(() -> {
                            HttpResponse<String> r = http.send(
                                    HttpRequest.newBuilder(URI.create(platform.url(path)))
                                            .header("Cookie", session[1])
                                            .timeout(Duration.ofSeconds(60))
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            answered.incrementAndGet();
                            if (r.statusCode() != 200) {
                                refused.merge(session[0] + " " + path + " " + r.statusCode(), 1, Integer::sum);
                            } else if (path.endsWith(".xhtml") && !r.body().contains("logoutForm")) {
                                // answered, but the page did not know who was asking (no sign-out in its header)
                                refused.merge(session[0] + " " + path + " no caller", 1, Integer::sum);
                            }
                            return null;
                        }));
                    }
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(answered.get()).isEqualTo(1000);
        assertThat(refused)
                .as("requests not answered 200, by session, path and status")
                .isEmpty();
    }

    /** Signs in through the login form in Chromium and hands over the session's cookie. */
    private static String sessionCookie(RunningPlatform platform, String user) {
        WebDriver browser = SignedInBrowser.as(platform, user);
        try {
            Cookie c = browser.manage().getCookieNamed("JSESSIONID");
            assertThat(c).as("session cookie of " + user).isNotNull();
            return c.getName() + "=" + c.getValue();
        } finally {
            browser.quit();
        }
    }
}
