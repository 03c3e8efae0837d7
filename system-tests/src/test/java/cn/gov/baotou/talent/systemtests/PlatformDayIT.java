package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The platforms these tests start run on the tests' day ({@link TestDay}), not the machine's: the parameters in force
 * "today" are asked for without a date, and the platform answers with its today. When this fails, every test that
 * enters data "today" fails with it, for this one reason.
 */
class PlatformDayIT {

    private final RunningPlatform platform = RunningPlatform.shared();

    @Test
    void thePlatformsTodayIsTheTestsDay() {
        HttpResponse<String> inForce = Api.anonymous(platform).get("/api/v1/parameters");
        assertThat(inForce.statusCode()).as(inForce.body()).isEqualTo(200);
        assertThat(inForce.body()).contains("\"date\":\"" + TestDay.TODAY + "\"");
    }
}
