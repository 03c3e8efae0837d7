package cn.gov.baotou.talent.rareearth.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRequest;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.rareearth.RareEarthDatabase;
import cn.gov.baotou.talent.rareearth.grant.boundary.ApplicationForm;
import cn.gov.baotou.talent.rareearth.grant.boundary.ReviewForm;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Applications walked through review to the ledger, on a real database: a 候鸟式 engineer paid through both reviews,
 * a measure-2 subsidy refused because intake already funded the person (naming the grant), the reviewer's amount
 * within its range, and every reader seeing only what is theirs, by id too. Run on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ApplicationsContract {

    static final String WANG_ID = "110108198603129013";
    static final Caller HR = Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HUMAN_RESOURCES"));
    static final Caller SCIENCE = Callers.as("science", Role.DEPARTMENT, AccountScope.department("SCIENCE"));

    RareEarthDatabase db;
    long magnet;
    long hydrogen;
    long migrant;
    long intakeGrant;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new RareEarthDatabase(freshDatabase());
        magnet = db.id("select id from core_enterprise where credit_code = '91150271MAYY0D013N'");
        hydrogen = db.id("select id from core_enterprise where credit_code = '91150271MAYY0D021H'");
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void aMigrantEngineerIsPaidThirtyPercentCappedAfterBothReviewsAndHisApartmentIsRecorded() {
        SupportApplication a = db.applications(
                Callers.enterprise(magnet), d -> d.submit(migrant("张工", "110101196001011233", "400000.00")));
        migrant = a.id();
        assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(db.applications(HR, d -> d.review(migrant, approve("DEPARTMENT_APPROVE")))
                        .status())
                .isEqualTo(ApplicationStatus.CITY_REVIEW);
        SupportApplication granted =
                db.applications(Callers.cityOffice(), d -> d.review(migrant, approve("CITY_APPROVE")));
        assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
        FundingGrant g = db.work(em -> em.find(FundingGrant.class, granted.grantId()));
        assertThat(g.terms().total()).isEqualTo(Yuan.wan(10));
        assertThat(g.terms().cityShare()).isEqualTo(Yuan.wan(10));
        assertThat(g.terms().clauseId()).isEqualTo("rare-earth.5");
        assertThat(g.purpose())
                .isEqualTo("MIGRANT_ENGINEER_SUBSIDY_2023"); // last year's income, applied for on 2024-09-27
        assertThat(granted.facts().apartment()).isEqualTo("稀土高新区人才公寓 3-1201");
        assertThat(db.count("select count(*) from core_talent_record where programme = 'RARE_EARTH'"
                        + " and category = 'MIGRANT_ENGINEER'"))
                .isEqualTo(1);
        List<ActivityView> steps = db.applications(Callers.enterprise(magnet), d -> d.timeline(migrant));
        assertThat(steps)
                .extracting(ActivityView::action)
                .containsExactly("SUBMIT", "DEPARTMENT_APPROVE", "CITY_APPROVE");
        assertThat(steps.get(1).actor()).isEqualTo("hr");
        for (String account : List.of("magnet", "hr")) {
            assertThat(db.count(notices(account, "rare-earth.5"))).as(account).isEqualTo(3);
        }
        assertThat(db.count(notices("hr", "已支持"))).isEqualTo(1);
        assertThat(db.count(notices("hydrogen", "rare-earth.5"))).isZero();
        assertThat(db.count(notices("science", "rare-earth.5"))).isZero();
    }

    /** How many notices the account has whose body names {@code text} and links to the case. */
    static String notices(String account, String text) {
        return "select count(*) from core_notification n join core_account a on a.id = n.account_id"
                + " where a.username = '" + account + "' and n.source = 'rare-earth' and n.body like '%" + text
                + "%' and n.link like '/rare-earth/application.xhtml?id=%'";
    }

    @Test
    @Order(2)
    void aSubsidyIntakeAlreadyBookedForThePersonIsRefusedWithTheLedgersReasonNamingThatGrant() {
        long wang = db.id("select id from core_person where name = '王堃'");
        LocalDate signed = LocalDate.of(2024, 9, 2);
        intakeGrant = db.work(em -> db.ledger(em, Callers.cityOffice())
                        .grant(new GrantRequest(
                                BeneficiaryKind.PERSON,
                                wang,
                                magnet,
                                "TALENT_INTRO_SUBSIDY",
                                "intake",
                                "intake.3.2.1",
                                LocalDate.of(2022, 4, 5),
                                "intake",
                                "hire-1",
                                "150271",
                                Yuan.wan(20),
                                Yuan.wan(10),
                                Yuan.wan(10),
                                signed,
                                LocalDate.of(2024, 9, 13))))
                .id();
        long grantsBefore = db.count("select count(*) from core_grant");
        SupportApplication a = db.applications(Callers.enterprise(magnet), d -> d.submit(doctor("王堃", WANG_ID)));
        assertThat(a.status()).as("市委人才办 leads measure 2: no department step").isEqualTo(ApplicationStatus.CITY_REVIEW);
        SupportApplication refused =
                db.applications(Callers.cityOffice(), d -> d.review(a.id(), approve("CITY_APPROVE")));
        assertThat(refused.status()).isEqualTo(ApplicationStatus.DUPLICATE);
        assertThat(refused.heldGrantId()).isEqualTo(intakeGrant);
        assertThat(refused.grantId()).isNull();
        assertThat(db.count("select count(*) from core_grant")).isEqualTo(grantsBefore);
        ActivityView last = db.applications(Callers.enterprise(magnet), d -> d.timeline(a.id()))
                .get(2);
        assertThat(last.action()).isEqualTo("LEDGER_REFUSE");
        assertThat(last.toState()).isEqualTo("DUPLICATE");
        assertThat(last.reason()).contains("第 " + intakeGrant + " 号", "intake.3.2.1", "200000.00 元", "资金支持不重复");
        assertThat(db.count(notices("magnet", "资金支持不重复"))).isEqualTo(1);
        assertThat(db.count(notices("city", "rare-earth.2")))
                .as("市委人才办 leads measure 2")
                .isEqualTo(2);
    }

    @Test
    @Order(3)
    void anEnterpriseSeesOnlyItsOwnApplicationsAndAnotherIdIsNotFound() {
        Caller other = Callers.enterprise(hydrogen);
        assertThat(search(other)).isEmpty();
        assertThat(count(other)).isZero();
        assertThatThrownBy(() -> db.applications(other, d -> d.visible(migrant)))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.messageKey()).isEqualTo("application.notFound"));
        assertThatThrownBy(() -> db.applications(other, d -> d.timeline(migrant)))
                .isInstanceOf(NotFound.class);
        assertThat(count(Callers.enterprise(magnet))).isEqualTo(2);
        assertThat(count(Callers.districtOffice("150271"))).isEqualTo(2);
        assertThat(count(Callers.districtOffice("150203"))).isZero();
        assertThatThrownBy(() -> db.applications(Callers.districtOffice("150203"), d -> d.visible(migrant)))
                .isInstanceOf(NotFound.class);
        assertThat(count(HR)).as("HR reviews measure 5, not measure 2").isEqualTo(1);
        assertThatThrownBy(() -> db.applications(SCIENCE, d -> d.visible(migrant)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    @Order(4)
    void onlyTheLeadDepartmentReviewsFirstAndAStepIsNotTakenTwice() {
        SupportApplication a = db.applications(
                Callers.enterprise(hydrogen), d -> d.submit(migrant("李工", "110101196502021237", "100000.00")));
        assertThatThrownBy(() -> db.applications(SCIENCE, d -> d.review(a.id(), approve("DEPARTMENT_APPROVE"))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.applications(
                        Callers.enterprise(hydrogen), d -> d.review(a.id(), approve("DEPARTMENT_APPROVE"))))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> db.applications(Callers.cityOffice(), d -> d.review(a.id(), approve("CITY_APPROVE"))))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("application.step.refused"));
        assertThatThrownBy(() -> db.applications(
                        HR, d -> d.review(a.id(), new ReviewForm("DEPARTMENT_REJECT", " ", null, null))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("opinion"));
        assertThat(db.applications(HR, d -> d.review(a.id(), new ReviewForm("DEPARTMENT_REJECT", "材料不全", null, null)))
                        .status())
                .isEqualTo(ApplicationStatus.REJECTED);
        assertThatThrownBy(() -> db.applications(HR, d -> d.review(a.id(), approve("DEPARTMENT_APPROVE"))))
                .isInstanceOf(Conflict.class);
    }

    @Test
    @Order(5)
    void theDepartmentDecidesCultivationSupportWithinFiveToTwentyWanWithAReason() {
        SupportApplication a = db.applications(Callers.enterprise(magnet), d -> d.submit(cultivation()));
        assertThatThrownBy(() -> db.applications(HR, d -> d.review(a.id(), approve("DEPARTMENT_APPROVE"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field())
                        .containsExactly("decidedYuan", "decisionReason"));
        assertThatThrownBy(() -> db.applications(
                        HR, d -> d.review(a.id(), new ReviewForm("DEPARTMENT_APPROVE", "同意", "250000.00", "国家级团队"))))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("application.notGranted"));
        SupportApplication approved = db.applications(
                HR, d -> d.review(a.id(), new ReviewForm("DEPARTMENT_APPROVE", "同意", "200000.00", "国家级团队，按上限支持")));
        assertThat(approved.decidedYuan()).isEqualTo(Yuan.wan(20));
        SupportApplication granted =
                db.applications(Callers.cityOffice(), d -> d.review(a.id(), approve("CITY_APPROVE")));
        assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
        assertThat(db.count("select total_yuan from core_grant where id = " + granted.grantId()))
                .isEqualTo(200000);
    }

    @Test
    @Order(6)
    void aRefusedFormNamesEveryBadFieldAndWritesNothing() {
        long before = db.count("select count(*) from re_application");
        ApplicationForm bad = new ApplicationForm(
                5,
                null,
                "PERSON",
                "",
                "11010119600101123X",
                "候鸟式工程师",
                "FLYING",
                null,
                null,
                null,
                "-5",
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> db.applications(Callers.enterprise(magnet), d -> d.submit(bad)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field())
                        .contains("personName", "personIdNumber", "category", "basisYuan"));
        assertThat(db.count("select count(*) from re_application")).isEqualTo(before);
    }

    @Test
    @Order(7)
    void theExportHoldsTheListsFiltersAndTheCallersScopeWithAmountsAsNumbers() throws Exception {
        Messages zh = Messages.in(Messages.CHINESE);
        long li = db.id("select id from re_application where measure_no = 5 and enterprise_id = " + hydrogen);
        ReportTable city = db.applicationsExport(Callers.cityOffice(), x -> x.table(5, null, zh));
        assertThat(city.rows()).extracting(r -> r.get(0)).containsExactlyInAnyOrder(migrant, li);
        List<Object> paid = city.rows().stream()
                .filter(r -> r.get(0).equals(migrant))
                .findFirst()
                .orElseThrow();
        assertThat(paid.subList(1, 13))
                .containsExactly(
                        "五、“候鸟式”工程师补助",
                        "rare-earth.5",
                        "包头示范稀土永磁材料有限公司",
                        "包头稀土高新技术产业开发区",
                        "张工",
                        "稀土永磁工艺技术咨询",
                        LocalDate.of(2024, 9, 27),
                        LocalDate.of(2024, 9, 27),
                        "已支持",
                        new BigDecimal("100000.00"),
                        db.id("select grant_id from re_application where id = " + migrant),
                        LocalDate.of(2024, 9, 27));
        assertThat(db.applicationsExport(Callers.enterprise(hydrogen), x -> x.table(null, null, zh))
                        .rows())
                .extracting(r -> r.get(0))
                .containsExactly(li);
        assertThat(db.applicationsExport(Callers.districtOffice("150203"), x -> x.table(null, null, zh))
                        .rows())
                .isEmpty();
        assertThat(db.applicationsExport(HR, x -> x.table(null, ApplicationStatus.GRANTED, zh))
                        .rows())
                .extracting(r -> r.get(2))
                .containsExactlyInAnyOrder("rare-earth.5", "rare-earth.3");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWorkbook.write(List.of(city), "措施：五、“候鸟式”工程师补助", "zh", out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(0)).contains("候鸟式");
            assertThat(rows.get(2).getCellText(10)).isEqualTo("核定金额（元）");
            assertThat(rows.get(3).getCell(10).getType()).isEqualTo(CellType.NUMBER);
        }
    }

    long count(Caller c) {
        return db.<Long>applications(c, d -> d.count(null, null));
    }

    List<SupportApplication> search(Caller c) {
        return db.<List<SupportApplication>>applications(c, d -> d.search(null, null, 0, 50));
    }

    static ReviewForm approve(String action) {
        return new ReviewForm(action, "同意", null, null);
    }

    static ApplicationForm migrant(String name, String idNumber, String income) {
        return new ApplicationForm(
                5,
                null,
                "PERSON",
                name,
                idNumber,
                "稀土永磁工艺技术咨询",
                "CONSULTING",
                null,
                null,
                null,
                income,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                "稀土高新区人才公寓 3-1201",
                "2024-09-01");
    }

    static ApplicationForm doctor(String name, String idNumber) {
        return new ApplicationForm(
                2,
                null,
                "PERSON",
                name,
                idNumber,
                "引进博士研究生",
                "DOCTOR",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                "2024-09-01",
                null,
                null,
                null);
    }

    static ApplicationForm cultivation() {
        return new ApplicationForm(
                3,
                null,
                "ENTERPRISE",
                null,
                null,
                "稀土永磁材料创新团队",
                "NATIONAL",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "200000.00",
                false,
                null,
                null,
                null,
                null);
    }
}
