package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intake plan on its own platform ({@link RunningPlatform#intake()}), made ready once: the city office enters the
 * policy version of the tests' year (the 2022 one ended on 2025-12-31; a new version is data, as IntakeLifecycleIT
 * does), and the zone and Kundulun record the joint agreements of magnet and catalyst. Hires are brought to the state
 * a page test starts from through the API, each step by its own role, on the tests' day ({@link TestDay}).
 */
final class IntakeCases {

    /** The tests' day, on which the intake platform's clock started ({@link TestDay}). */
    static final LocalDate TODAY = TestDay.TODAY;

    static final String MAGNET = "91150271MAYY0D013N";
    static final String CATALYST = "91150203MAYY0D072A";
    static final String HYDROGEN = "91150271MAYY0D021H";

    private static boolean ready;

    private IntakeCases() {}

    static synchronized RunningPlatform platform() {
        RunningPlatform p = RunningPlatform.intake();
        if (!ready) {
            prepare(p, TODAY);
            ready = true;
        }
        return p;
    }

    /**
     * Makes {@code p}, whose clock started on {@code today}, ready for hires: the intake version of today's year, and
     * the joint agreements of magnet (zone) and catalyst (Kundulun).
     */
    static void prepare(RunningPlatform p, LocalDate today) {
        StringBuilder csv =
                new StringBuilder("policy,clause,key,type,value,unit,description,version,validFrom,validTo\n");
        for (String row : VERSION) {
            csv.append(row.replace("$Y", String.valueOf(today.getYear()))).append('\n');
        }
        // refused when an earlier run entered it already: fine
        Api.as(p, "city").post("/api/v1/parameters/versions", csv.toString(), "text/csv; charset=UTF-8");
        agreement(p, "rezone", MAGNET, today);
        agreement(p, "kundulun", CATALYST, today);
    }

    static long enterprise(String creditCode) {
        return enterprise(platform(), creditCode);
    }

    private static long enterprise(RunningPlatform p, String creditCode) {
        HttpResponse<String> r = Api.as(p, "city").get("/api/v1/registry/enterprises?q=" + creditCode);
        return number(r.body(), "id");
    }

    /** A hire submitted by an enterprise user: a PhD from outside Baotou, born as the 身份证号 says. */
    static long submit(String user, String name, String idNumber) {
        return submit(platform(), user, name, idNumber);
    }

    static long submit(RunningPlatform p, String user, String name, String idNumber) {
        String body =
                "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\",\"birthDate\":\"" + birthDate(idNumber)
                        + "\",\"degree\":\"DOCTOR\",\"disciplineCode\":\"08\",\"major\":\"材料科学与工程\","
                        + "\"institution\":\"北京科技大学\",\"degreeRecognised\":true,\"fromOutsideCity\":true,"
                        + "\"workType\":\"RESEARCH_DEVELOPMENT\",\"jobTitle\":\"稀土永磁材料研发工程师\"}";
        HttpResponse<String> r = Api.as(p, user).post("/api/v1/intake/hires", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return number(r.body(), "id");
    }

    static void verify(long hire) {
        verify(platform(), hire);
    }

    static void verify(RunningPlatform p, long hire) {
        step(p, hire, "verification", "{\"opinion\":\"核实无误\"}", "city");
    }

    /** The three-party agreement signed today with its copy uploaded; books the grant in the ledger. */
    static void sign(long hire, String creditCode) {
        sign(platform(), hire, creditCode, TODAY);
    }

    /** The three-party agreement signed on {@code day} on {@code p}, with its copy uploaded. */
    static void sign(RunningPlatform p, long hire, String creditCode, LocalDate day) {
        HttpResponse<String> copy = Api.as(p, "city")
                .postForm(
                        "/api/v1/documents",
                        Map.of("kind", "AGREEMENT", "enterpriseId", String.valueOf(enterprise(p, creditCode))),
                        "file",
                        "三方协议.pdf",
                        pdf());
        assertThat(copy.statusCode()).as(copy.body()).isEqualTo(201);
        step(
                p,
                hire,
                "agreement",
                "{\"signedOn\":\"" + day + "\",\"documentId\":" + number(copy.body(), "id")
                        + ",\"opinion\":\"三方协议已签订\"}",
                "city");
    }

    static void pay(long hire, String user, String level) {
        long grant = number(
                Api.as(platform(), "city").get("/api/v1/intake/hires/" + hire).body(), "grantId");
        HttpResponse<String> r = Api.as(platform(), user)
                .post(
                        "/api/v1/ledger/grants/" + grant + "/payments",
                        "{\"financeLevel\":\"" + level + "\",\"amountYuan\":\"100000.00\",\"paidOn\":\"" + TODAY
                                + "\",\"reference\":\"ST-" + level + "\"}",
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    static void step(long hire, String step, String json, String user) {
        step(platform(), hire, step, json, user);
    }

    static void step(RunningPlatform p, long hire, String step, String json, String user) {
        HttpResponse<String> r = Api.as(p, user).post("/api/v1/intake/hires/" + hire + "/" + step, json);
        assertThat(r.statusCode()).as(step + ": " + r.body()).isEqualTo(200);
    }

    /** A valid 身份证号 (GB 11643) of a person born on {@code born}, new on every run. */
    static String idNumber(String born) {
        String body = "110108" + born.replace("-", "")
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1, 1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A birth day for a PhD of about 30, different on every run. */
    static String young() {
        return LocalDate.of(1994, 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(0, 3000))
                .toString();
    }

    static String birthDate(String idNumber) {
        return idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14);
    }

    static byte[] pdf() {
        return SamplePdf.of("three-party agreement");
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(field + " in " + json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static void agreement(RunningPlatform p, String user, String creditCode, LocalDate today) {
        HttpResponse<String> r = Api.as(p, user)
                .post(
                        "/api/v1/intake/joint-agreements",
                        "{\"enterpriseId\":" + enterprise(p, creditCode) + ",\"signedOn\":\"" + today.minusDays(30)
                                + "\",\"validTo\":\"" + today.plusYears(1) + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    /** The intake plan's numbers of the 2022 version, entered again for the tests' year ($Y). */
    private static final String[] VERSION = {
        "intake,intake.1,intake.target.year,INTEGER,$Y,年,博士硕士引进目标所在年度,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.1,intake.target.doctors,INTEGER,30,名,从市外引进博士研究生目标,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.1,intake.target.masters,INTEGER,100,名,从市外引进硕士研究生目标,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.3.1,intake.age.doctorMax,INTEGER,40,周岁,引进博士年龄上限,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.3.1,intake.age.masterMax,INTEGER,30,周岁,引进硕士年龄上限,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.3.2.1,intake.subsidy.doctorYuan,MONEY,200000.00,元,博士研究生一次性补贴,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.3.2.1,intake.subsidy.masterYuan,MONEY,100000.00,元,硕士研究生一次性补贴,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.3.2.1,intake.subsidy.cityShare,DECIMAL,0.5,比例,市级财政承担补贴的比例,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.4,intake.scope.keyProjectMinInvestmentYuan,MONEY,1000000000.00,元,新建重点项目企业投资下限,$Y,$Y-01-01,"
                + "$Y-12-31",
        "intake,intake.5.5,intake.payment.workingDays,INTEGER,10,个工作日,拨付补贴的期限,$Y,$Y-01-01,$Y-12-31",
        "intake,intake.6.1,intake.service.years,INTEGER,5,年,最短服务期,$Y,$Y-01-01,$Y-12-31"
    };
}
