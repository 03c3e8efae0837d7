package cn.gov.baotou.talent.intake.demand;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.intake.demand.boundary.CatalogEntry;
import cn.gov.baotou.talent.intake.demand.boundary.CatalogWorkbook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The catalog download opens as a workbook, in the reader's language, with counts and amounts as numbers. */
class CatalogWorkbookTest {

    static final Instant AT = Instant.parse("2022-06-01T02:30:00Z");
    static final CatalogEntry MAGNET = new CatalogEntry(
            7,
            "包头示范稀土永磁材料有限公司",
            "150271",
            "稀土高新区",
            "NEW_MATERIALS",
            "新型材料",
            "稀土永磁材料研发工程师",
            2,
            "DOCTOR",
            "博士研究生",
            "08",
            "工学",
            "材料物理与化学",
            "RESEARCH_DEVELOPMENT",
            "产品研发",
            "晶界扩散工艺研发",
            "250000.00",
            "400000.00",
            "包头稀土高新区",
            "0472-5123456",
            "hr@example.cn",
            LocalDate.of(2022, 6, 1));
    static final CatalogEntry NO_SALARY = new CatalogEntry(
            8,
            "包头示范稀土催化材料有限公司",
            "150203",
            "昆都仑区",
            "NEW_MATERIALS",
            "新型材料",
            "催化剂表征工程师",
            1,
            "MASTER",
            "硕士研究生",
            "07",
            "理学",
            "物理化学",
            "INSPECTION_TESTING",
            "检验检测",
            "催化剂表征",
            null,
            null,
            "昆都仑区",
            null,
            "hr@catalyst.example.cn",
            LocalDate.of(2022, 5, 30));

    @Test
    void theWorkbookOpensWithItsHeadingFiltersAndOneRowPerDemand() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(write(Messages.CHINESE)))) {
            assertThat(wb.getFirstSheet().getName()).isEqualTo("岗位需求目录");
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("包头市重点产业岗位需求目录");
            assertThat(rows.get(1).getCellText(0)).contains("学历: 博士研究生", "2022-06-01 10:30", "共 2 条");
            assertThat(rows.get(2).getCellText(5)).isEqualTo("需求人数");
            assertThat(rows.get(3).getCellText(4)).isEqualTo("稀土永磁材料研发工程师");
            assertThat(rows).hasSize(5);
        }
    }

    @Test
    void countsAndAmountsAreNumbersAndTheDayIsADate() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(write(Messages.CHINESE)))) {
            Row magnet = wb.getFirstSheet().read().get(3);
            assertThat(magnet.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(number(magnet.getCell(5))).isEqualByComparingTo("2");
            assertThat(number(magnet.getCell(11))).isEqualByComparingTo("250000");
            assertThat(number(magnet.getCell(12))).isEqualByComparingTo("400000");
            assertThat(magnet.getCell(16).getType()).isEqualTo(CellType.NUMBER);
            assertThat(magnet.getCellAsDate(16).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2022, 6, 1));
            Row withoutSalary = wb.getFirstSheet().read().get(4);
            assertThat(withoutSalary.getOptionalCell(11).map(Cell::getType).orElse(CellType.EMPTY))
                    .isEqualTo(CellType.EMPTY);
        }
    }

    @Test
    void theSheetXmlWritesTheNumbersAsNumberCells() throws IOException {
        String sheet = entry(write(Messages.CHINESE), "xl/worksheets/sheet1.xml");
        // a number cell has no t="s"/t="inlineStr": the value stands in <v> as digits
        assertThat(sheet).containsPattern("<c r=\"F4\"[^>]*><v>2</v></c>");
        assertThat(sheet).containsPattern("<c r=\"L4\"[^>]*><v>250000(\\.00?)?</v></c>");
    }

    @Test
    void anEnglishReaderGetsEnglishHeadings() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(write(Locale.ENGLISH)))) {
            assertThat(wb.getFirstSheet().read().get(2).getCellText(5)).isEqualTo("People");
        }
    }

    @Test
    void aLineShowsTheSalaryRangeWithThousandsGroupedOrNothingWhenNoneIsGiven() {
        assertThat(MAGNET.salaryRange()).isEqualTo("250,000 – 400,000");
        assertThat(NO_SALARY.salaryRange()).isEmpty();
    }

    private static byte[] write(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogWorkbook.write(List.of(MAGNET, NO_SALARY), "学历: 博士研究生", AT, Messages.in(locale), out);
        return out.toByteArray();
    }

    private static BigDecimal number(Cell c) {
        assertThat(c.getType()).isEqualTo(CellType.NUMBER);
        return c.asNumber();
    }

    private static String entry(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile("catalog", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry e = zip.getEntry(name);
                assertThat(e).as(name).isNotNull();
                return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
