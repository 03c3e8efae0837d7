package cn.gov.baotou.talent.rareearth.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.rareearth.RareEarthDatabase;
import cn.gov.baotou.talent.rareearth.training.boundary.ImportRefused;
import cn.gov.baotou.talent.rareearth.training.boundary.TrainingDesk;
import cn.gov.baotou.talent.rareearth.training.boundary.TrainingWorkbookResource;
import cn.gov.baotou.talent.rareearth.training.control.RowProblem;
import cn.gov.baotou.talent.rareearth.training.entity.TrainingBatch;
import cn.gov.baotou.talent.rareearth.training.entity.TrainingRecord;
import cn.gov.baotou.talent.rareearth.web.boundary.RegistryNames;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The training import on a real database: a good file is taken whole, a file with one bad row is refused whole naming
 * the row, column and reason and importing nothing, a trainee imported before is refused, and only the education
 * bureau and the city office import. Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class TrainingImportContract {

    static final Caller EDUCATION = Callers.as("education", Role.DEPARTMENT, AccountScope.department("EDUCATION"));
    static final String[] HEADER = {
        "院校名称", "院校类型", "姓名", "学号", "人才类型", "培养模式", "专业", "合作企业统一社会信用代码", "所在旗县区代码", "完成培养日期"
    };

    RareEarthDatabase db;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        List<Class<?>> entities = new ArrayList<>(RareEarthDatabase.MODULE);
        entities.addAll(List.of(TrainingBatch.class, TrainingRecord.class));
        db = new RareEarthDatabase(freshDatabase(), entities);
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void aFileWithOneBadRowIsRefusedWholeNamingRowColumnAndReasonAndImportsNothing() {
        byte[] file = xlsx(
                row("内蒙古科技大学", "高等院校", "张三", "2022010001", "基础科研人才", "联合培养", "材料科学与工程", "", "150271", date(2022, 7, 1)),
                row(
                        "包头职业技术学院",
                        "职业院校",
                        "李四",
                        "Z2022-007",
                        "高素质技能人才",
                        "订单培养",
                        "稀土冶炼",
                        "91150271MAYY0D013N",
                        "150207",
                        "2022-06-30"),
                row("包头职业技术学院", "技工学校", "王五", "", "高素质技能人才", "订单培养", "稀土冶炼", "", "150207", "2099-01-01"));
        assertThatThrownBy(() -> as(EDUCATION, d -> d.importFile("2022 培养.xlsx", new ByteArrayInputStream(file))))
                .isInstanceOfSatisfying(ImportRefused.class, e -> {
                    assertThat(e.problems())
                            .extracting(p -> p.row() + " " + p.column() + " " + p.messageKey())
                            .containsExactly(
                                    "4 INSTITUTION_KIND import.row.oneOf",
                                    "4 STUDENT_NO import.row.required",
                                    "4 COMPLETED_ON import.row.future");
                    assertThat(e.errors()).extracting(f -> f.field()).contains("rows[4].STUDENT_NO");
                });
        assertThat(db.count("select count(*) from re_training_record")).isZero();
        assertThat(db.count("select count(*) from re_training_batch")).isZero();
    }

    @Test
    @Order(2)
    void aGoodFileIsTakenWholeWithExcelDatesAndChoicesByLabelOrCode() {
        TrainingBatch b = as(
                EDUCATION,
                d -> d.importFile(
                        "2022 培养.xlsx",
                        new ByteArrayInputStream(xlsx(
                                row(
                                        "内蒙古科技大学",
                                        "高等院校",
                                        "张三",
                                        "2022010001",
                                        "基础科研人才",
                                        "JOINT",
                                        "材料科学与工程",
                                        "",
                                        "150271",
                                        date(2022, 7, 1)),
                                row(
                                        "包头职业技术学院",
                                        "VOCATIONAL",
                                        "李四",
                                        "Z2022-007",
                                        "高素质技能人才",
                                        "订单培养",
                                        "稀土冶炼",
                                        "91150271mayy0d013n",
                                        "150207",
                                        "2022-06-30")))));
        assertThat(b.rowCount()).isEqualTo(2);
        assertThat(db.count("select count(*) from re_training_record where completed_on = date '2022-07-01'"))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from re_training_record where partner_enterprise_id is not null"))
                .isEqualTo(1);
        assertThat(this.<Long>as(Callers.districtOffice("150207"), d -> d.count(2022)))
                .isEqualTo(1L);
        assertThat(this.<Long>as(Callers.cityOffice(), d -> d.count(2022))).isEqualTo(2L);
    }

    @Test
    @Order(3)
    void aTraineeImportedBeforeOrTwiceInAFileIsRefused() {
        assertThatThrownBy(() -> as(
                        EDUCATION,
                        d -> d.importFile(
                                "again.xlsx",
                                new ByteArrayInputStream(xlsx(
                                        row(
                                                "内蒙古科技大学",
                                                "高等院校",
                                                "张三",
                                                "2022010001",
                                                "基础科研人才",
                                                "联合培养",
                                                "材料",
                                                "",
                                                "150271",
                                                "2022-07-01"),
                                        row(
                                                "内蒙古科技大学",
                                                "高等院校",
                                                "赵六",
                                                "2022010002",
                                                "基础科研人才",
                                                "联合培养",
                                                "材料",
                                                "",
                                                "150271",
                                                "2022-07-01"),
                                        row(
                                                "内蒙古科技大学",
                                                "高等院校",
                                                "赵六",
                                                "2022010002",
                                                "基础科研人才",
                                                "联合培养",
                                                "材料",
                                                "",
                                                "150271",
                                                "2022-07-01"))))))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems())
                        .extracting(RowProblem::messageKey)
                        .containsExactly("import.row.alreadyImported", "import.row.duplicateInFile"));
        assertThat(db.count("select count(*) from re_training_record")).isEqualTo(2);
    }

    @Test
    @Order(4)
    void aWrongHeaderOrNoWorkbookAtAllIsRefusedAndOnlyTheBureauAndCityOfficeImport() {
        assertThatThrownBy(() ->
                        as(EDUCATION, d -> d.importFile("x.xlsx", new ByteArrayInputStream("not excel".getBytes()))))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("import.file.unreadable"));
        byte[] renamed = xlsx(new String[][] {{"学校", "类型"}}, new Object[][] {});
        assertThatThrownBy(() -> as(EDUCATION, d -> d.importFile("x.xlsx", new ByteArrayInputStream(renamed))))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("import.header.mismatch"));
        Caller hr = Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HUMAN_RESOURCES"));
        assertThatThrownBy(() -> as(hr, d -> d.importFile("x.xlsx", new ByteArrayInputStream(new byte[0]))))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    @Order(5)
    void theYearsRecordsExportWithinTheCallersScopeWithTheirPartnerAndDistrictNamed() {
        ReportTable city = db.work(em -> TrainingWorkbookResource.table(
                new TrainingDesk(em, Callers.cityOffice(), RareEarthDatabase.CLOCK),
                2022,
                new RegistryNames(em),
                Messages.in(Messages.CHINESE)));
        assertThat(city.clauseId()).isEqualTo("rare-earth.7");
        assertThat(city.rows()).hasSize(2);
        assertThat(city.rows())
                .extracting(r -> r.get(2) + " " + r.get(7) + " " + r.get(8) + " " + r.get(9))
                .containsExactlyInAnyOrder("张三 null 包头稀土高新技术产业开发区 2022-07-01", "李四 包头示范稀土永磁材料有限公司 九原区 2022-06-30");
        ReportTable jiuyuan = db.work(em -> TrainingWorkbookResource.table(
                new TrainingDesk(em, Callers.districtOffice("150207"), RareEarthDatabase.CLOCK),
                2022,
                new RegistryNames(em),
                Messages.in(Messages.CHINESE)));
        assertThat(jiuyuan.rows()).singleElement().satisfies(r -> assertThat(r.get(2))
                .isEqualTo("李四"));
    }

    private <T> T as(Caller c, Function<TrainingDesk, T> work) {
        return db.work(em -> work.apply(new TrainingDesk(em, c, RareEarthDatabase.CLOCK)));
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    static byte[] xlsx(Object[]... rows) {
        return xlsx(new String[][] {HEADER}, rows);
    }

    /** A workbook as a school would fill it in: text cells, and real Excel dates where the value is a date. */
    static byte[] xlsx(String[][] header, Object[][] rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("培养记录");
            for (int c = 0; c < header[0].length; c++) {
                ws.value(0, c, header[0][c]);
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        ws.value(r + 1, c, d);
                        ws.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (!"".equals(v)) {
                        ws.value(r + 1, c, (String) v);
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
