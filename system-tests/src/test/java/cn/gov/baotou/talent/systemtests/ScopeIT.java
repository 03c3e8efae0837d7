package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each role sees exactly its scope, whatever id it types: a record outside it answers 404 like one that does not
 * exist. Demo data: enterprise 1 is in the rare-earth zone (150271), and the demo persons are people of the registry.
 */
class ScopeIT {

    private static final Pattern DISTRICT = Pattern.compile("\"districtCode\":\"(\\d{6})\"");

    private final RunningPlatform platform = RunningPlatform.shared();

    @ParameterizedTest(name = "{0} lists enterprises of {1}")
    @CsvSource({
        "city, ALL",
        "leader, ALL",
        "cityfinance, ALL",
        "kundulun, 150203",
        "rezone, 150271",
        "jiuyuan, 150207",
        "kundulunfinance, 150203",
        "rezonefinance, 150271",
        "hr, NONE",
        "rezonehr, NONE",
        "magnet, OWN"
    })
    void eachRoleListsTheEnterprisesOfItsScopeOnly(String account, String scope) {
        HttpResponse<String> r = Api.as(platform, account).get("/api/v1/registry/enterprises?size=200");
        assertThat(r.statusCode()).isEqualTo(200);
        Set<String> districts = all(DISTRICT, r.body());
        switch (scope) {
            case "ALL" -> assertThat(districts).hasSize(10);
            case "NONE" -> assertThat(r.body()).contains("\"total\":0");
            case "OWN" -> {
                assertThat(r.body()).contains("\"total\":1", "91150271MAYY0D013N");
            }
            default -> assertThat(districts).containsExactly(scope);
        }
    }

    @ParameterizedTest(name = "{0} reads enterprise 1 (rare-earth zone): {1}")
    @CsvSource({
        "city, 200",
        "leader, 200",
        "rezone, 200",
        "rezonefinance, 200",
        "magnet, 200",
        "kundulun, 404",
        "kundulunfinance, 404",
        "jiuyuan, 404",
        "hydrogen, 404",
        "hr, 404"
    })
    void aDirectIdOutsideTheScopeIsNotFound(String account, int status) {
        assertThat(Api.as(platform, account)
                        .get("/api/v1/registry/enterprises/1")
                        .statusCode())
                .isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} reads a person directly: {1}")
    @CsvSource({"city, 200", "leader, 200", "cityfinance, 200", "kundulun, 404", "magnet, 404", "hr, 404"})
    void personsAreReadDirectlyByTheCityWideRolesOnly(String account, int status) {
        HttpResponse<String> r = Api.as(platform, account).get("/api/v1/registry/persons/1");
        assertThat(r.statusCode()).isEqualTo(status);
        if (status == 200 && !account.equals("city")) {
            // only the city office reads ID numbers in clear
            assertThat(r.body()).containsPattern("\"idNumber\":\"\\d{6}\\*{8}\\d{3}[\\dX]\"");
        }
        if (account.equals("city")) {
            assertThat(r.body()).containsPattern("\"idNumber\":\"\\d{17}[\\dX]\"");
        }
    }

    @ParameterizedTest(name = "{0} may not administer accounts")
    @ValueSource(strings = {"leader", "cityfinance", "kundulun", "hr", "magnet"})
    void onlyTheCityOfficeAdministersAccounts(String account) {
        assertThat(Api.as(platform, account).get("/api/v1/accounts").statusCode())
                .isEqualTo(403);
        assertThat(Api.as(platform, "city").get("/api/v1/accounts").statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} may not register an enterprise")
    @ValueSource(strings = {"leader", "cityfinance", "kundulunfinance", "hr", "magnet"})
    void onlyTheOfficesRegisterEnterprises(String account) {
        HttpResponse<String> r = Api.as(platform, account)
                .post(
                        "/api/v1/registry/enterprises",
                        "{\"creditCode\":\"91150203MATT00057N\",\"name\":\"越权登记\",\"districtCode\":\"150203\","
                                + "\"industryCode\":\"NEW_MATERIALS\"}");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Api.as(platform, "city")
                        .get("/api/v1/registry/enterprises?q=MATT00057N")
                        .body())
                .contains("\"total\":0");
    }

    @Test
    void aDistrictOfficeRegistersInItsOwnDistrictOnly() {
        HttpResponse<String> other = Api.as(platform, "kundulun")
                .post(
                        "/api/v1/registry/enterprises",
                        "{\"creditCode\":\"91150203MATT00065H\",\"name\":\"他区企业\",\"districtCode\":\"150207\","
                                + "\"industryCode\":\"NEW_MATERIALS\"}");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).contains("\"field\":\"districtCode\"");
        assertThat(Api.anonymous(platform).get("/api/v1/registry/enterprises").statusCode())
                .isEqualTo(401);
    }

    private static Set<String> all(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    }
}
