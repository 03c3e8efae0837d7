package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix, generated from the OpenAPI document (issue 15 item 3): every operation × every role
 * (and anonymous) × ids 1–3, on the attacked platform. Nothing answers 5xx; every refusal is problem+json; anonymous
 * callers reach only the public operations; leadership writes nothing (403 before its input is read, except the
 * writes that change nothing of the platform's cases, money or policy); a district's or an enterprise's account never
 * reads a record of another district. Then the cases the matrix cannot tell by itself: a finance paying the other
 * level's share, a district's finance paying another district's grant, a department acting on another department's
 * service request. The city office's own writes are not sent here: it may do all of them, with any id (the bad-input
 * suite sends it invalid bodies instead).
 */
class AuthorizationMatrixIT {

    /** Operations anyone may call: the policy as published and the public calculators. */
    private static final List<String> PUBLIC = List.of(
            "/api/v1/rules/",
            "/api/v1/clauses/",
            "/api/v1/policies",
            "/api/v1/reference/",
            "/api/v1/intake/catalog",
            "/api/v1/calendar/",
            "/api/v1/parameters");

    /** Writes leadership may make: they change nothing of cases, money or policy (core's OpenToReaders). */
    private static final List<String> OPEN_TO_READERS = List.of(
            "/api/v1/rules/",
            "/api/v1/notifications/{id}/read",
            "/api/v1/reports/jobs",
            "/api/v1/accounts/{username}/tokens");

    /**
     * Records published to every signed-in account: a key problem of 揭榜挂帅 is a public call for bids
     * (rare-earth.9), whichever district proposed it; its bids stay with their bidders.
     */
    private static final List<String> PUBLISHED = List.of("/api/v1/rare-earth/problems/{id}");

    private static final Pattern DISTRICT = Pattern.compile("\"districtCode\":\"(\\d{6})\"");

    /** Each signed-in role but the city office, with the districts it may read ("*" for all). */
    private static final Map<String, Set<String>> ROLES = Map.of(
            "leader", Set.of("*"),
            "cityfinance", Set.of("*"),
            "kundulunfinance", Set.of("150203"),
            "kundulun", Set.of("150203"),
            "hr", Set.of("*"),
            "magnet", Set.of("150271"));

    private final RunningPlatform platform = RunningPlatform.attacked();

    @Test
    void everyOperationAsEveryRoleIsAnsweredWithinItsRights() {
        List<OpenApi.Operation> operations = OpenApi.operations(platform);
        assertThat(operations).hasSizeGreaterThan(150);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (OpenApi.Operation op : operations) {
            for (long id : op.takesIds() ? new long[] {1, 2, 3} : new long[] {1}) {
                String path = op.path(id);
                sent++;
                HttpResponse<String> anonymous = send(Api.anonymous(platform), op, path);
                check(wrong, "anonymous", op, path, anonymous);
                if (!isPublic(op) && anonymous.statusCode() != 401) {
                    wrong.add("anonymous " + op + " " + path + ": " + anonymous.statusCode() + ", not 401");
                }
                for (Map.Entry<String, Set<String>> role : ROLES.entrySet()) {
                    HttpResponse<String> answer = send(Api.as(platform, role.getKey()), op, path);
                    sent++;
                    check(wrong, role.getKey(), op, path, answer);
                    if (role.getKey().equals("leader")
                            && op.writes()
                            && !openToReaders(op)
                            && answer.statusCode() != 403) {
                        wrong.add("leader " + op + " " + path + ": " + answer.statusCode() + ", not 403");
                    }
                    if (!role.getValue().contains("*")
                            && !op.writes()
                            && op.takesIds()
                            && !PUBLISHED.contains(op.template())
                            && answer.statusCode() == 200) {
                        Set<String> foreign = districts(answer.body()).stream()
                                .filter(d -> !role.getValue().contains(d))
                                .collect(Collectors.toSet());
                        if (!foreign.isEmpty()) {
                            wrong.add(role.getKey() + " " + path + " read districts " + foreign);
                        }
                    }
                }
            }
        }
        System.out.println("AuthorizationMatrixIT: " + sent + " requests over " + operations.size() + " operations × "
                + (ROLES.size() + 1) + " callers");
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFinancePaysOnlyItsOwnLevelsShareOfItsOwnDistrict() {
        Matcher grant = Pattern.compile("\"districtCode\":\"150271\".*?\"id\":(\\d+)")
                .matcher(Api.as(platform, "city")
                        .get("/api/v1/ledger/grants?status=COMMITTED&districtCode=150271&size=1")
                        .body());
        assertThat(grant.find())
                .as("a committed grant of the rare-earth zone in the demo ledger")
                .isTrue();
        String payments = "/api/v1/ledger/grants/" + grant.group(1) + "/payments";
        assertThat(pay("cityfinance", payments, "DISTRICT").statusCode()).isEqualTo(403);
        assertThat(pay("rezonefinance", payments, "CITY").statusCode()).isEqualTo(403);
        assertThat(pay("kundulunfinance", payments, "DISTRICT").statusCode()).isEqualTo(404);
        assertThat(pay("leader", payments, "CITY").statusCode()).isEqualTo(403);
        assertThat(Api.as(platform, "city")
                        .get("/api/v1/ledger/grants/" + grant.group(1))
                        .body())
                .contains("\"status\":\"COMMITTED\"");
    }

    @Test
    void aDepartmentActsOnlyOnTheRequestsRoutedToIt() {
        // the rare-earth zone's task force for human resources holds a demo request in progress
        Matcher request = Pattern.compile("\"id\":(\\d+)")
                .matcher(Api.as(platform, "rezonehr")
                        .get("/api/v1/services-plan/requests?status=IN_PROGRESS&size=1")
                        .body());
        assertThat(request.find())
                .as("a demo request in progress at the zone's task force")
                .isTrue();
        String resolve = "/api/v1/services-plan/requests/" + request.group(1) + "/resolve";
        // the task force itself is let through to the check of its input (no opinion); no other department gets there
        assertThat(Api.as(platform, "rezonehr").post(resolve, "{}").statusCode())
                .isEqualTo(400);
        for (String other : List.of("science", "hr", "education")) {
            assertThat(Api.as(platform, other)
                            .post(resolve, "{\"opinion\":\"已办结\"}")
                            .statusCode())
                    .as(other)
                    .isIn(403, 404);
        }
        assertThat(Api.as(platform, "leader")
                        .post(resolve, "{\"opinion\":\"已办结\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.as(platform, "city")
                        .get("/api/v1/services-plan/requests/" + request.group(1))
                        .body())
                .contains("\"status\":\"IN_PROGRESS\"");
    }

    private HttpResponse<String> pay(String account, String path, String level) {
        return Api.as(platform, account)
                .post(
                        path,
                        "{\"financeLevel\":\"" + level
                                + "\",\"amountYuan\":\"50000.00\",\"paidOn\":\"2026-06-15\",\"reference\":\"矩阵\"}",
                        Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
    }

    private static HttpResponse<String> send(Api api, OpenApi.Operation op, String path) {
        return switch (op.body()) {
            case "json" -> api.call(op.method(), path, "{}", "application/json");
            case "multipart" -> api.call(op.method(), path, "--b--\r\n", "multipart/form-data; boundary=b");
            default -> api.call(op.method(), path, null, null);
        };
    }

    private static void check(
            List<String> wrong, String caller, OpenApi.Operation op, String path, HttpResponse<String> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (answer.statusCode() >= 500) {
            wrong.add(caller + " " + op + " " + path + ": " + answer.statusCode());
        } else if (answer.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
            wrong.add(caller + " " + op + " " + path + ": " + answer.statusCode() + " as " + type);
        }
    }

    private static boolean isPublic(OpenApi.Operation op) {
        return (!op.writes() || op.template().startsWith("/api/v1/rules/"))
                && PUBLIC.stream().anyMatch(op.template()::startsWith);
    }

    private static boolean openToReaders(OpenApi.Operation op) {
        return OPEN_TO_READERS.stream().anyMatch(op.template()::startsWith);
    }

    private static Set<String> districts(String body) {
        return DISTRICT.matcher(body).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }
}
