package cn.gov.baotou.talent.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the platform's REST API as one of the demo accounts (HTTP Basic), or anonymously. */
final class Api {

    static final String DEMO_PASSWORD = "Baotou@2022";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final RunningPlatform platform;
    private final String username;

    private Api(RunningPlatform platform, String username) {
        this.platform = platform;
        this.username = username;
    }

    static Api as(RunningPlatform platform, String username) {
        return new Api(platform, username);
    }

    static Api anonymous(RunningPlatform platform) {
        return new Api(platform, null);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(platform.url(path))).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(platform.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (username != null) {
            String basic = Base64.getEncoder()
                    .encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
