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
        if (username != null) {
            String basic = Base64.getEncoder()
                    .encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
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
