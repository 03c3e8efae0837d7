package cn.gov.baotou.talent.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.registry.entity.CreditCode;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR in a real Payara Micro: Hibernate is the JPA provider and writes through the server's JTA data
 * source; Flyway and the seeds ran at start-up; the API answers as documented.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("talent.war")))
                .addClass(PlatformIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    PolicyCatalog catalog;

    @Test
    void hibernateIsTheProviderAndPersistsThroughTheServersTransactions() throws Exception {
        assertTrue(
                em.getEntityManagerFactory().getClass().getName().startsWith("org.hibernate."),
                em.getEntityManagerFactory().getClass().getName());

        tx.begin();
        Enterprise e = new Enterprise(
                CreditCode.of("91150203MATT00030Y"),
                "包头集成测试材料有限公司",
                em.find(District.class, "150203"),
                em.find(Industry.class, "NEW_MATERIALS"));
        e.classify(true, false, null, null, new BigDecimal("1000000000.00"), false);
        em.persist(e);
        tx.commit();
        em.clear();

        Enterprise read = em.createQuery(
                        "select e from Enterprise e join fetch e.district where e.creditCode = :c", Enterprise.class)
                .setParameter("c", "91150203MATT00030Y")
                .getSingleResult();
        assertEquals("包头集成测试材料有限公司", read.name());
        assertEquals(new BigDecimal("1000000000.00"), read.keyProjectInvestmentYuan());
        assertEquals("昆都仑区", read.district().name());
    }

    @Test
    void theSchemaAndReferenceDataWereLoadedAtStartUp() {
        assertEquals(3, catalog.policies().size());
        assertTrue(catalog.clause("intake.3.1").isPresent());
        assertEquals(
                10L,
                em.createQuery("select count(d) from District d", Long.class).getSingleResult());
        Number history = (Number) em.createNativeQuery("select count(*) from \"flyway_history_core\"")
                .getSingleResult();
        assertTrue(history.intValue() >= 2);
    }

    @Test
    @RunAsClient
    void theApiListsThePoliciesAndRefusesUnknownClausesWithProblemJson(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> policies = get(base, "api/v1/policies", null);
        assertEquals(200, policies.statusCode());
        assertTrue(policies.body().contains("包头市重点产业博士硕士引进行动计划"));

        HttpResponse<String> unknown = get(base, "api/v1/clauses/intake.99", null);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(unknown.body().contains("intake.99"));
    }

    @Test
    @RunAsClient
    void theClausesOfAPolicyAreListed(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> clauses = get(base, "api/v1/policies/intake/clauses", null);
        assertEquals(200, clauses.statusCode(), clauses.body());
        assertTrue(clauses.body().contains("\"policyId\":\"intake\""), clauses.body());
    }

    @Test
    @RunAsClient
    void aBodyThatIsNotAJsonObjectIsA400NamingTheBodyNeverA500(@ArquillianResource URL base) throws Exception {
        for (String body : List.of("[]", "\"x\"", "null", "[".repeat(5000) + "]".repeat(5000), "{\"a\":1}x")) {
            HttpResponse<String> refused = post(base, "api/v1/clauses/intake.1/interpretations", body, "city");
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("\"field\":\"body\""), refused.body());
        }
    }

    @Test
    @RunAsClient
    void oddAddressesAndWrongTypesAreProblemsNamingTheField(@ArquillianResource URL base) throws Exception {
        for (String id : List.of("abc", "-1", "99999999999999999999", "1%20")) {
            HttpResponse<String> odd = get(base, "api/v1/intake/hires/" + id, "city");
            assertEquals(400, odd.statusCode(), id + ": " + odd.body());
            assertTrue(odd.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(odd.body().contains("\"field\":\"id\""), odd.body());
        }
        HttpResponse<String> wrongType = post(
                base, "api/v1/reports/jobs", "{\"kind\":\"services\",\"year\":\"abc\",\"format\":\"pdf\"}", "leader");
        assertEquals(400, wrongType.statusCode(), wrongType.body());
        assertTrue(wrongType.body().contains("\"field\":\"year\""), wrongType.body());
        // the container's own answers under /api: no resource there, and the security constraint's 403
        for (HttpResponse<String> r :
                List.of(get(base, "api/nothing-here", "city"), get(base, "api/v1/audit", "kundulun"))) {
            assertTrue(r.statusCode() == 404 || r.statusCode() == 403, r.statusCode() + " " + r.body());
            assertTrue(
                    r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    r.headers() + " " + r.body());
            assertTrue(r.body().contains("\"status\":" + r.statusCode()), r.body());
        }
    }

    @Test
    @RunAsClient
    void concurrentChangesOfOneAccountAreSavedOrA409NeverA500(@ArquillianResource URL base) throws Exception {
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        String basic =
                "Basic " + Base64.getEncoder().encodeToString("city:Baotou@2022".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 12; i++) {
            answers.add(http.sendAsync(
                    HttpRequest.newBuilder(URI.create(base + "api/v1/accounts/3/email"))
                            .header("Authorization", basic)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"email\":\"race" + i + "@example.cn\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        for (var answer : answers) {
            HttpResponse<String> r = answer.get();
            assertTrue(r.statusCode() == 200 || r.statusCode() == 409, r.statusCode() + " " + r.body());
            if (r.statusCode() == 409) {
                assertTrue(r.body().contains("/problems/stale"), r.body());
            }
        }
    }

    @Test
    @RunAsClient
    void theCityOfficeCannotDisableItsOwnAccount(@ArquillianResource URL base) throws Exception {
        String list = get(base, "api/v1/accounts", "city").body();
        Matcher own = Pattern.compile("\\{[^{}]*\"username\":\"city\"[^{}]*}").matcher(list);
        assertTrue(own.find(), list);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(own.group());
        assertTrue(id.find(), own.group());
        HttpResponse<String> refused = post(base, "api/v1/accounts/" + id.group(1) + "/disable", "", "city");
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals(200, get(base, "api/v1/accounts", "city").statusCode());
    }

    @Test
    @RunAsClient
    void aMalformedCreditCodeIsRefusedNamingTheFieldAndNothingIsWritten(@ArquillianResource URL base) throws Exception {
        String body = "{\"creditCode\":\"91150203MATT000148\",\"name\":\"校验码错误的企业\",\"districtCode\":\"150203\","
                + "\"industryCode\":\"NEW_MATERIALS\"}";
        HttpResponse<String> refused = post(base, "api/v1/registry/enterprises", body, "city");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("\"field\":\"creditCode\""), refused.body());
        assertTrue(refused.body().contains("GB 32100"), refused.body());
        HttpResponse<String> search = get(base, "api/v1/registry/enterprises?q=" + "MATT000148", "city");
        assertTrue(search.body().contains("\"total\":0"), search.body());
    }

    @Test
    @RunAsClient
    void aMalformedIdNumberIsRefusedNamingTheFieldInTheCallersLanguage(@ArquillianResource URL base) throws Exception {
        String body = "{\"name\":\"校验码错误\",\"idNumber\":\"110105194912310021\"}";
        HttpResponse<String> chinese = post(base, "api/v1/registry/persons", body, "city");
        assertEquals(400, chinese.statusCode());
        assertTrue(chinese.body().contains("\"field\":\"idNumber\""), chinese.body());
        assertTrue(chinese.body().contains("GB 11643"), chinese.body());
        HttpResponse<String> english = send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/registry/persons"))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                "city");
        assertTrue(english.body().contains("The check digit of the ID number is wrong"), english.body());
    }

    @Test
    @RunAsClient
    void aDistrictOfficeCannotReadAnotherDistrictsEnterprise(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> mine = get(base, "api/v1/registry/enterprises?size=200", "kundulun");
        assertEquals(200, mine.statusCode());
        assertFalse(mine.body().contains("\"districtCode\":\"150271\""));
        // enterprise 1 of the demo data is in the rare-earth zone (150271)
        HttpResponse<String> other = get(base, "api/v1/registry/enterprises/1", "kundulun");
        assertEquals(404, other.statusCode());
        HttpResponse<String> city = get(base, "api/v1/registry/enterprises/1", "city");
        assertEquals(200, city.statusCode());
        assertNotNull(city.body());
    }

    private static HttpResponse<String> get(URL base, String path, String user) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base.toString() + path)).GET();
        return send(b, user);
    }

    private static HttpResponse<String> post(URL base, String path, String json, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(b, user);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b, String user) throws Exception {
        if (user != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":Baotou@2022").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
