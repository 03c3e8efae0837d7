package cn.gov.baotou.talent.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in throttle in the real server, over HTTP Basic: ten wrong passwords make the right one wait (the longest
 * wait, 30 s in production, is 4 s here: arquillian.xml sets {@code talent.login.max-delay-seconds}), never
 * lock it out, and the city office is told once; an unknown name, a wrong password and an attempt made while waiting
 * get the same answer. Its failures come
 * from 127.0.0.1 like every test's: the other classes make no failed sign-in, so the address's count does not get in
 * their way once the wait is over.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

    private static final String RIGHT = "Baotou@2022";

    /** The longest wait of the test server (arquillian.xml), so that the test waits seconds rather than minutes. */
    private static final long MAX_DELAY_MS = 4_000L;

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("talent.war")));
    }

    @Test
    void tenWrongPasswordsDelayTheRightOneAndEveryRefusalLooksTheSame(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> unknown = call(base, "no-such-account", RIGHT);
        HttpResponse<String> wrong = call(base, "science", "wrong-0");
        for (int i = 1; i < 10; i++) {
            if (i >= 3) {
                // each wrong password after the wait the ones before it caused (1 s, 2 s, 4 s, 4 s …): all ten count
                Thread.sleep(Math.min(1_000L << (i - 3), MAX_DELAY_MS) + 200);
            }
            assertEquals(401, call(base, "science", "wrong-" + i).statusCode());
        }
        long lastFailure = System.nanoTime();
        // ten failures: the name waits the longest wait, and even the right password is refused meanwhile
        HttpResponse<String> waiting = call(base, "science", RIGHT);
        for (HttpResponse<String> r : List.of(unknown, wrong, waiting)) {
            assertEquals(401, r.statusCode(), r.body());
            assertEquals(unknown.body(), r.body());
            assertEquals(
                    unknown.headers().allValues("WWW-Authenticate"), r.headers().allValues("WWW-Authenticate"));
            assertEquals(
                    unknown.headers().firstValue("Content-Type"), r.headers().firstValue("Content-Type"));
        }
        // the account is not locked: once the wait is over, the right password works
        long waited = (System.nanoTime() - lastFailure) / 1_000_000;
        Thread.sleep(Math.max(0, MAX_DELAY_MS + 1_000 - waited));
        HttpResponse<String> after = call(base, "science", RIGHT);
        assertEquals(200, after.statusCode(), after.body());
        assertTrue(after.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        // ten failures in a row: the city office was told, once
        String cityNotices = call(base, "city", RIGHT).body();
        assertEquals(1, cityNotices.split("账号“science”连续登录失败", -1).length - 1, cityNotices);
    }

    private HttpResponse<String> call(URL base, String user, String password) throws Exception {
        String basic =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/notifications"))
                        .header("Authorization", basic)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
