package cn.gov.baotou.talent.intake.hire;

import static cn.gov.baotou.talent.intake.hire.HireSheets.file;
import static cn.gov.baotou.talent.intake.hire.HireSheets.id;
import static cn.gov.baotou.talent.intake.hire.HireSheets.phd;
import static cn.gov.baotou.talent.intake.hire.HireSheets.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.intake.agreement.boundary.JointAgreementForm;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.hire.boundary.HireImportRefused;
import cn.gov.baotou.talent.intake.hire.boundary.HireImportResult;
import cn.gov.baotou.talent.intake.hire.boundary.HireImportTemplate;
import cn.gov.baotou.talent.intake.hire.boundary.ImportLimits;
import cn.gov.baotou.talent.intake.hire.boundary.ImportedHire;
import cn.gov.baotou.talent.intake.hire.control.HireColumn;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.Hires;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * 批量报送 on a real database: a file with any bad row is refused whole, naming every row, column and reason, and
 * writes nothing; a good one is submitted in one transaction, each row with its own eligibility, while its progress is
 * committed apart and readable meanwhile; a failure half-way leaves nothing behind. Then each finance pays its half of
 * an imported hire from the hire's page. Run on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class HireImportContract {

    static final String DAY = "2024-06-03";
    static final ImportLimits LIMITS = new ImportLimits(ImportLimits.DEFAULT_MAX_BYTES, 100);

    IntakeDatabase db;
    long magnet;
    long catalyst;
    long imported;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new IntakeDatabase(freshDatabase());
        magnet = db.id("select id from core_enterprise where credit_code = '91150271MAYY0D013N'");
        catalyst = db.id("select id from core_enterprise where credit_code = '91150203MAYY0D072A'");
        db.agreements(
                Callers.districtOffice(HirePersistenceContract.ZONE),
                "2024-01-15",
                a -> a.record(new JointAgreementForm(
                        magnet, LocalDate.parse("2024-01-10"), LocalDate.parse("2026-12-31"), null)));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void aFileWithOneBadRowIsRefusedWholeNamingItsRowColumnAndReasonAndNothingIsWritten() {
        String good = id("11010819900512", 3);
        String bad = good.substring(0, 17) + (good.endsWith("0") ? "1" : "0");
        byte[] upload = file(
                phd("赵一", id("11010819900512", 1)),
                phd("钱二", id("11010819900512", 2)),
                phd("孙三", bad),
                phd("李四", id("11010819900512", 4)),
                phd("周五", id("11010819900512", 5)));
        long persons = db.count("select count(*) from core_person");
        long activity = db.count("select count(*) from core_activity");
        CommittedProgress progress = new CommittedProgress(db, s -> {});
        assertThatThrownBy(() -> upload(Callers.enterprise(magnet), upload, progress))
                .isInstanceOfSatisfying(HireImportRefused.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.row()).isEqualTo(5);
                        assertThat(p.column()).isEqualTo(HireColumn.ID_NUMBER);
                        assertThat(p.reason().messageKey()).isEqualTo("registry.idNumber.check");
                    });
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("rows[5].idNumber");
                    assertThat(Messages.in(Messages.CHINESE).get(e.errors().get(0)))
                            .contains("校验码");
                    assertThat(Messages.in(Locale.ENGLISH).get(e.errors().get(0)))
                            .containsIgnoringCase("check");
                });
        assertThat(db.count("select count(*) from intake_hire")).isZero();
        assertThat(db.count("select count(*) from core_person")).isEqualTo(persons);
        assertThat(db.count("select count(*) from core_activity")).isEqualTo(activity);
        assertThat(progress.seen).contains("CHECKING 5/5/0", "REFUSED 1");
        assertThat(db.count("select count(*) from intake_hire_import where status = 'REFUSED' and problem_count = 1"))
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void everyProblemOfEveryRowIsListedOncePerCell() {
        String[] ok = phd("吴六", id("11010819910101", 6));
        byte[] upload = file(
                phd("张三（示例）", "110108199003070016"),
                ok,
                phd("吴六", id("11010819910101", 6)),
                with(phd("郑七", id("11010819910101", 7)), HireColumn.BIRTH_DATE, "1991-13-45"),
                with(phd("王八", id("11010819910101", 8)), HireColumn.DEGREE, "学士"),
                with(phd("冯九", id("11010819910101", 9)), HireColumn.BIRTH_DATE, "1991/1/2"),
                with(phd("陈十", id("11010819910101", 10)), HireColumn.MAJOR, ""),
                with(phd("褚十一", id("11010819910101", 11)), HireColumn.FROM_OUTSIDE_CITY, "可能"),
                with(phd("卫十二", id("11010819910101", 12)), HireColumn.SOURCE_REFERENCE, ""));
        assertThatThrownBy(() -> upload(Callers.enterprise(magnet), upload, new CommittedProgress(db, s -> {})))
                .isInstanceOfSatisfying(HireImportRefused.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.reason().messageKey())
                        .containsExactly(
                                "rows[3] import.row.example",
                                "rows[5].idNumber import.row.duplicate",
                                "rows[6].birthDate import.cell.date",
                                "rows[7].degree import.cell.oneOf",
                                "rows[8].birthDate hire.birthDate.mismatch",
                                "rows[9].major form.required",
                                "rows[10].fromOutsideCity import.cell.yesNo",
                                "rows[11].sourceReference form.required"));
        assertThat(db.count("select count(*) from intake_hire")).isZero();
    }

    @Test
    @Order(3)
    void idNumbersThatExcelStoredAsNumbersAreExplainedAsSuch() {
        byte[] upload = file(List.<String[]>of(phd("蒋一", id("11010819920202", 1))), HireColumn.ID_NUMBER);
        assertThatThrownBy(() -> upload(Callers.enterprise(magnet), upload, new CommittedProgress(db, s -> {})))
                .isInstanceOfSatisfying(HireImportRefused.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.reason().messageKey())
                        .containsExactly("rows[3].idNumber import.cell.idAsNumber"));
    }

    @Test
    @Order(4)
    void aGoodFileIsSubmittedInOneTransactionEachRowWithItsEligibilityAndItsProgressShowsMeanwhile() {
        byte[] upload = file(
                phd("沈博", id("11010819900512", 21)),
                phd("韩年长", id("11010819820315", 22)),
                with(
                        with(phd("杨本地", id("15020319980601", 23)), HireColumn.DEGREE, "硕士"),
                        HireColumn.FROM_OUTSIDE_CITY,
                        "否"));
        List<String> meanwhile = new ArrayList<>();
        CommittedProgress progress = new CommittedProgress(db, step -> {
            if (step.startsWith("IMPORTING 3/3/3")) {
                meanwhile.add("hires committed " + db.count("select count(*) from intake_hire"));
                meanwhile.add("progress committed "
                        + db.count("select rows_imported from intake_hire_import where status = 'IMPORTING'"));
            }
        });
        HireImportResult r = upload(Callers.enterprise(magnet), upload, progress);
        imported = r.hires().get(0).hireId();
        assertThat(meanwhile).containsExactly("hires committed 0", "progress committed 3");
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.hires()).extracting(ImportedHire::row).containsExactly(3, 4, 5);
        assertThat(r.hires())
                .extracting(h -> h.name() + " " + h.eligible() + " " + h.exceptionRequired())
                .containsExactly("沈博 true false", "韩年长 false true", "杨本地 false false");
        assertThat(r.eligible()).isEqualTo(1);
        assertThat(r.exceptionRequired()).isEqualTo(1);
        assertThat(r.notEligible()).isEqualTo(1);
        assertThat(db.count("select count(*) from intake_hire where status = 'SUBMITTED' and submitted_on = date '"
                        + DAY + "'"))
                .isEqualTo(3);
        assertThat(db.count("select count(*) from core_activity where case_type = 'intake.hire' and action = 'SUBMIT'"
                        + " and reason like '%good.xlsx%第 4 行%'"))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from intake_hire_import where status = 'IMPORTED' and rows_imported = 3"
                        + " and finished_at is not null"))
                .isEqualTo(1);
        assertThat(progress.seen).contains("CHECKING 3/3/0", "IMPORTING 3/3/0", "IMPORTING 3/3/3", "IMPORTED 0");
        assertThat(db.notices.sent).anySatisfy(n -> {
            assertThat(n.to().role()).isEqualTo(Role.CITY_OFFICE);
            assertThat(n.title()).contains("3");
        });
    }

    @Test
    @Order(5)
    void peopleWithACaseUnderWayAreRefusedAsInASingleSubmission() {
        byte[] upload = file(phd("沈博", id("11010819900512", 21)), phd("冒名", id("11010819820315", 22)));
        assertThatThrownBy(() -> upload(Callers.enterprise(magnet), upload, new CommittedProgress(db, s -> {})))
                .isInstanceOfSatisfying(HireImportRefused.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.reason().messageKey())
                        .containsExactly(
                                "rows[3].idNumber hire.person.open",
                                "rows[4].name hire.name.mismatch",
                                "rows[4].idNumber hire.person.open"));
    }

    @Test
    @Order(6)
    void aFailureHalfWayRollsBackEveryRowAlreadyWritten() {
        long hires = db.count("select count(*) from intake_hire");
        long persons = db.count("select count(*) from core_person");
        long activity = db.count("select count(*) from core_activity");
        byte[] upload = file(
                phd("甲", id("11010819930303", 31)),
                phd("乙", id("11010819930303", 32)),
                phd("丙", id("11010819930303", 33)));
        AtomicInteger added = new AtomicInteger();
        // the rows so far written to the database inside the transaction, then a failure
        Function<EntityManager, Hires> failingOnTheSecond = em -> new Hires(em) {
            @Override
            public void stage(Hire h) {
                super.stage(h);
                em.flush();
                if (added.incrementAndGet() == 2) {
                    throw new IllegalStateException("the database went away");
                }
            }
        };
        CommittedProgress progress = new CommittedProgress(db, s -> {});
        assertThatThrownBy(() -> db.imports(
                        Callers.enterprise(magnet),
                        DAY,
                        LIMITS,
                        progress,
                        failingOnTheSecond,
                        d -> d.importFile(null, "half.xlsx", new ByteArrayInputStream(upload))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(added.get()).isEqualTo(2);
        assertThat(db.count("select count(*) from intake_hire")).isEqualTo(hires);
        assertThat(db.count("select count(*) from core_person")).isEqualTo(persons);
        assertThat(db.count("select count(*) from core_activity")).isEqualTo(activity);
        assertThat(progress.seen).contains("FAILED 0");
    }

    @Test
    @Order(7)
    void withoutAJointAgreementOrOnADayNoPolicyVersionCoversTheFileIsRefusedAsOneSubmissionWouldBe() {
        byte[] upload = file(phd("丁", id("11010819940404", 41)));
        assertThatThrownBy(() -> upload(Callers.enterprise(catalyst), upload, new CommittedProgress(db, s -> {})))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("hire.agreement.missing"));
        assertThatThrownBy(() -> db.imports(
                        Callers.enterprise(magnet),
                        "2026-03-02",
                        LIMITS,
                        new CommittedProgress(db, s -> {}),
                        Hires::new,
                        d -> d.importFile(null, "later.xlsx", new ByteArrayInputStream(upload))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + " " + f.messageKey())
                        .containsExactly("submittedOn parameter.notCovered"));
        assertThatThrownBy(() -> upload(Callers.cityOffice(), upload, new CommittedProgress(db, s -> {})))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    @Order(8)
    void filesTooLongTooLargeUnreadableOrWithoutTheHeaderAreRefusedWithAClearReason() {
        assertThat(problems(file(HireSheets.many(3, "110108", "19950505").toArray(String[][]::new)), 2))
                .containsExactly("file import.file.tooManyRows");
        assertThat(problems("姓名,公民身份号码\n".getBytes(StandardCharsets.UTF_8), 100))
                .containsExactly("file import.file.unreadable");
        assertThat(problems(file(), 100)).containsExactly("file import.file.empty");
        String[] shifted = phd("错位", id("11010819950505", 1));
        assertThat(problems(HireSheets.bare(shifted, shifted), 100)).containsExactly("rows[1] import.header.mismatch");
        assertThatThrownBy(() -> db.imports(
                        Callers.enterprise(magnet),
                        DAY,
                        new ImportLimits(1000, 100),
                        new CommittedProgress(db, s -> {}),
                        Hires::new,
                        d -> d.importFile(null, "big.xlsx", new ByteArrayInputStream(file(shifted)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("file");
                    assertThat(Messages.in(Messages.CHINESE).get(e.errors().get(0)))
                            .contains("1000 B");
                });
        assertThat(db.count("select count(*) from intake_hire_import where status = 'IMPORTED'"))
                .isEqualTo(1);
    }

    @Test
    @Order(9)
    void theTemplateReadsBackWithItsHeaderInEitherLanguageAndItsExampleRowIsRefused() throws IOException {
        for (Locale language : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HireImportTemplate.write(Messages.in(language), Disciplines.names(), LIMITS, out);
            assertThat(problems(out.toByteArray(), 100)).containsExactly("rows[3] import.row.example");
            String sheet = entry(out.toByteArray(), "xl/worksheets/sheet1.xml");
            // drop-down lists for the six choice columns, from the hidden sheet of choices
            assertThat(sheet.split("<dataValidation ", -1)).hasSize(7);
            assertThat(sheet).contains("sqref=\"D3:D102\"", "errorStyle=\"stop\"");
            assertThat(entry(out.toByteArray(), "xl/workbook.xml")).contains("state=\"hidden\"");
        }
    }

    @Test
    @Order(10)
    void eachFinanceRecordsItsOwnHalfOnTheHirePageAndTheCaseReadsPaidWhenBothAreIn() {
        db.hires(Callers.cityOffice(), "2024-06-05", d -> d.verify(imported, "核实无误"));
        long copy = db.agreementCopy(magnet, HirePersistenceContract.ZONE);
        db.hires(
                Callers.cityOffice(),
                "2024-06-07",
                d -> d.signAgreement(imported, LocalDate.parse("2024-06-07"), copy, "三方协议已签"));
        LocalDate paid = LocalDate.parse("2024-06-12");
        assertThatThrownBy(() -> db.hires(
                        Callers.enterprise(magnet), "2024-06-12", d -> d.payShare(imported, paid, "QY-1", "key-0")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> db.hires(
                        Callers.districtFinance(HirePersistenceContract.KUNDULUN),
                        "2024-06-12",
                        d -> d.payShare(imported, paid, "KD-1", "key-1")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.hires(
                        Callers.districtFinance(HirePersistenceContract.ZONE),
                        "2024-06-12",
                        d -> d.payShare(imported, paid, " ", "key-2")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("reference"));
        Hire half = db.hires(
                Callers.districtFinance(HirePersistenceContract.ZONE),
                "2024-06-12",
                d -> d.payShare(imported, paid, "QZ-1", "key-3"));
        assertThat(half.status().name()).isEqualTo("AGREEMENT_SIGNED");
        assertThatThrownBy(() -> db.hires(
                        Callers.districtFinance(HirePersistenceContract.ZONE),
                        "2024-06-12",
                        d -> d.payShare(imported, paid, "QZ-2", "key-4")))
                .isInstanceOf(cn.gov.baotou.talent.core.refusal.Conflict.class);
        Hire both = db.hires(
                Callers.cityFinance(), "2024-06-13", d -> d.payShare(imported, paid.plusDays(1), "SZ-1", "key-5"));
        assertThat(both.status().name()).isEqualTo("SUBSIDY_PAID");
        assertThat(db.count("select count(*) from core_payment where amount_yuan = 100000.00"))
                .isEqualTo(2);
    }

    private List<String> problems(byte[] upload, int maxRows) {
        try {
            db.imports(
                    Callers.enterprise(magnet),
                    DAY,
                    new ImportLimits(ImportLimits.DEFAULT_MAX_BYTES, maxRows),
                    new CommittedProgress(db, s -> {}),
                    Hires::new,
                    d -> d.importFile(null, "x.xlsx", new ByteArrayInputStream(upload)));
        } catch (HireImportRefused e) {
            return e.problems().stream()
                    .map(p -> p.field() + " " + p.reason().messageKey())
                    .toList();
        }
        throw new AssertionError("the upload was imported");
    }

    private HireImportResult upload(Caller caller, byte[] upload, CommittedProgress progress) {
        return db.imports(
                caller,
                DAY,
                LIMITS,
                progress,
                Hires::new,
                d -> d.importFile(null, "good.xlsx", new ByteArrayInputStream(upload)));
    }

    /** An entry of the workbook's zip (from a file: fastexcel writes entries the JDK's zip stream refuses). */
    private static String entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("template", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile z = new ZipFile(file.toFile())) {
                ZipEntry e = z.getEntry(name);
                assertThat(e).as(name).isNotNull();
                return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
