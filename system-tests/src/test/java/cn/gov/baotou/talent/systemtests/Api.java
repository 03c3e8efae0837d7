package cn.gov.baotou.talent.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls the platform's REST API as one of the demo accounts, or anonymously. An account calls with an API token it
 * issued itself once per platform (signing in with HTTP Basic for that one call), as scripts are told to: a Basic
 * call spends ~60 ms of the platform's CPU on the password hash, and the suites send thousands of requests.
 */
final class Api {

    static final String DEMO_PASSWORD = "Baotou@2022";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern SECRET = Pattern.compile("\"token\":\"(tpt_[^\"]+)\"");
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final RunningPlatform platform;
    private final String username;
    private final boolean basic;

    private Api(RunningPlatform platform, String username, boolean basic) {
        this.platform = platform;
        this.username = username;
        this.basic = basic;
    }

    static Api as(RunningPlatform platform, String username) {
        return new Api(platform, username, false);
    }

    /** Every call signs in with the password (HTTP Basic), as a person's tool would. */
    static Api basic(RunningPlatform platform, String username) {
        return new Api(platform, username, true);
    }

    static Api anonymous(RunningPlatform platform) {
        return new Api(platform, null, true);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(platform.url(path))).GET());
    }

    /** Any method, with a body of the given type ({@code null} body: none). */
    HttpResponse<String> call(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.url(path)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return send(request);
    }

    /** A GET asking for JSON where the resource also speaks another language (the OpenAPI document: YAML). */
    HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(platform.url(path)))
                .header("Accept", "application/json")
                .GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(platform.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(platform.url(path)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(platform.url(path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    /** A multipart form: text fields, and a file field named {@code fileField} (null for none). */
    HttpResponse<String> postForm(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----st" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        if (fileField != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                            + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(platform.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    HttpResponse<byte[]> download(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(platform.url(path))).GET();
        authorize(request);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void authorize(HttpRequest.Builder request) {
        if (username != null && !basic) {
            request.header("Authorization", "Bearer " + token());
        } else if (username != null) {
            String basic = Base64.getEncoder()
                    .encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
    }

    private String token() {
        return TOKENS.computeIfAbsent(platform.url("") + " " + username, key -> {
            HttpResponse<String> issued = basic(platform, username)
                    .post("/api/v1/accounts/" + username + "/tokens", "{\"name\":\"system tests\"}");
            Matcher m = SECRET.matcher(issued.body());
            if (issued.statusCode() != 201 || !m.find()) {
                throw new IllegalStateException(
                        username + " could not issue a token: " + issued.statusCode() + " " + issued.body());
            }
            return m.group(1);
        });
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        authorize(request);
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
