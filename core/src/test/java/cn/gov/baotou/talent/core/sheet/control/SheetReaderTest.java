package cn.gov.baotou.talent.core.sheet.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class SheetReaderTest {

    @Test
    void cellsReadAsTextWithDatesAsIsoDaysAndBlankRowsSkipped() throws IOException {
        Sheet sheet = SheetReader.read(
                workbook(ws -> {
                    ws.value(0, 0, "姓名");
                    ws.value(0, 1, "出生日期");
                    ws.value(2, 0, " 张三 ");
                    ws.value(2, 1, LocalDate.of(1990, 1, 1));
                    ws.style(2, 1).format("yyyy-mm-dd").set();
                    ws.value(2, 2, new BigDecimal("110108199001010010"));
                    ws.value(2, 3, true);
                }),
                4,
                10);
        assertThat(sheet.truncated()).isFalse();
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(1, 3);
        SheetRow row = sheet.rows().get(1);
        assertThat(row.text(0)).isEqualTo("张三");
        assertThat(row.text(1)).isEqualTo("1990-01-01");
        assertThat(row.cell(1).number()).isFalse();
        // 18 digits typed as a number: Excel keeps 15, and the reader says it was a number
        assertThat(row.cell(2).number()).isTrue();
        assertThat(row.text(3)).isEqualTo("TRUE");
        assertThat(row.text(7)).isEmpty();
    }

    @Test
    void aSheetLongerThanAskedIsMarkedTruncated() throws IOException {
        byte[] file = workbook(ws -> {
            for (int r = 0; r < 6; r++) {
                ws.value(r, 0, "row " + r);
            }
        });
        Sheet sheet = SheetReader.read(file, 1, 5);
        assertThat(sheet.rows()).hasSize(5);
        assertThat(sheet.truncated()).isTrue();
        assertThat(SheetReader.read(file, 1, 6).truncated()).isFalse();
    }

    @Test
    void somethingElseThanAWorkbookIsUnreadable() {
        assertThatThrownBy(() -> SheetReader.read("姓名,出生日期\n".getBytes(StandardCharsets.UTF_8), 2, 10))
                .isInstanceOf(SheetUnreadable.class);
        assertThatThrownBy(() -> SheetReader.read(new byte[0], 2, 10)).isInstanceOf(SheetUnreadable.class);
    }

    @Test
    void aZipThatInflatesBeyondTheLimitIsRefusedBeforeParsing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 3; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(64 * 1024);
        assertThatThrownBy(() -> SheetReader.read(out.toByteArray(), 1, 10, 2L * 1024 * 1024))
                .isInstanceOf(SheetUnreadable.class)
                .hasMessageContaining("unpacks to more than");
    }

    private interface Fill {
        void into(Worksheet ws);
    }

    private static byte[] workbook(Fill fill) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        fill.into(wb.newWorksheet("Sheet1"));
        wb.finish();
        return out.toByteArray();
    }
}
