package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The job demand and recruitment API over HTTP with the demo accounts: each step by its role (403 otherwise), from its
 * states (409 otherwise), another enterprise's demand as if it did not exist (404), every refusal in Chinese from
 * intake's own texts. (The demand ends returned, so the catalog's demo numbers stay as they are.)
 */
class DemandsApiIT {

    static final String DEMAND =
            """
            {"positionTitle":"储氢罐体材料失效分析工程师","headcount":1,"degree":"MASTER","disciplineCode":"08",
             "majors":"材料工程","workType":"INSPECTION_TESTING","duties":"储氢容器材料的失效分析与寿命评估",
             "salaryMinYuan":"150000","workLocation":"包头稀土高新区","contactEmail":"hr@hydrogen.example.com"}""";

    private final RunningPlatform platform = RunningPlatform.shared();

    @Test
    void aDemandIsSubmittedReviewedByItsRolesOnlyAndStaysInItsEnterprisesScope() {
        Api hydrogen = Api.as(platform, "hydrogen");
        HttpResponse<String> created = hydrogen.post("/api/v1/intake/demands", DEMAND);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"status\":\"DRAFT\"", "\"salaryMinYuan\":\"150000.00\"");
        String path = "/api/v1/intake/demands/" + id(created.body());

        assertThat(hydrogen.post(path + "/submit", "").statusCode()).isEqualTo(200);
        assertThat(Api.as(platform, "rezone").post(path + "/publish", "{}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> elsewhere = Api.as(platform, "magnet").get(path);
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.body()).contains("没有编号为", "的岗位需求");
        assertThat(Api.as(platform, "rezone").get(path).statusCode()).isEqualTo(200);
        assertThat(Api.as(platform, "kundulun").get(path).statusCode()).isEqualTo(404);

        HttpResponse<String> noReason = Api.as(platform, "city").post(path + "/return", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"opinion\"", "须填写审批意见");
        HttpResponse<String> returned = Api.as(platform, "city").post(path + "/return", "{\"opinion\":\"请写明年薪上限\"}");
        assertThat(returned.statusCode()).isEqualTo(200);
        assertThat(returned.body()).contains("\"status\":\"RETURNED\"", "请写明年薪上限", "\"action\":\"return\"");

        HttpResponse<String> late = Api.as(platform, "city").post(path + "/publish", "{}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("“已退回”状态的岗位需求不能审核发布");
        assertThat(hydrogen.post(path + "/approve", "").statusCode()).isEqualTo(400);
    }

    @Test
    void aDemandWithBadFieldsIsRefusedNamingEachAndAnEnterpriseOutOfScopeIsToldWhy() {
        HttpResponse<String> bad = Api.as(platform, "hydrogen")
                .post("/api/v1/intake/demands", "{\"positionTitle\":\"x\",\"headcount\":0,\"workType\":\"OTHER\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("\"field\":\"headcount\"", "\"field\":\"workType\"", "\"field\":\"contactPhone\"")
                .contains("intake.3.1");
        assertThat(Api.as(platform, "city")
                        .post("/api/v1/intake/demands", DEMAND)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theCityOfficeRecordsAnEventAndItsCandidatesAndAnEnterpriseMayNot() {
        String event =
                """
                {"name":"北京科技大学专场推介引才活动","university":"北京科技大学","region":"北京",
                 "startsOn":"2022-05-18","endsOn":"2022-05-18","organiser":"市委人才办"}""";
        HttpResponse<String> created = Api.as(platform, "city").post("/api/v1/intake/events", event);
        assertThat(created.statusCode()).isEqualTo(201);
        String path = "/api/v1/intake/events/" + id(created.body());
        HttpResponse<String> candidate = Api.as(platform, "city")
                .post(
                        path + "/candidates",
                        "{\"fullName\":\"李明远\",\"degree\":\"DOCTOR\",\"institution\":\"北京科技大学\","
                                + "\"major\":\"材料科学与工程\",\"status\":\"CONTACTED\"}");
        assertThat(candidate.statusCode()).isEqualTo(201);
        assertThat(Api.as(platform, "city").get(path).body()).contains("李明远");
        assertThat(Api.as(platform, "magnet")
                        .post("/api/v1/intake/events", event)
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.anonymous(platform).get("/api/v1/intake/events").statusCode())
                .isEqualTo(401);
    }

    private static String id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
