package cn.gov.baotou.talent.systemtests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Excel files as an enterprise fills the hires template in, and exported workbooks read back as text. */
final class HireWorkbooks {

    /** The template's headers, as a user sees them in Chinese. */
    static final String[] HEADERS = {
        "姓名 *",
        "公民身份号码 *",
        "出生日期 *",
        "学历层次 *",
        "学科门类 *",
        "专业 *",
        "学位授予单位 *",
        "国家承认学历学位 *",
        "海外学位认证书编号",
        "从包头市外引进 *",
        "拟从事工作 *",
        "拟聘岗位 *",
        "招引渠道",
        "活动或工作站"
    };

    private HireWorkbooks() {}

    static String[] phd(String name, String idNumber) {
        return new String[] {
            name,
            idNumber,
            IntakeCases.birthDate(idNumber),
            "博士研究生",
            "08 工学",
            "材料科学与工程",
            "北京科技大学",
            "是",
            "",
            "是",
            "产品研发",
            "稀土永磁材料研发工程师",
            "推介引才活动",
            "北京科技大学推介会"
        };
    }

    /** The file written under {@code dir}: a note, the headers, then the rows. */
    static Path file(Path dir, String name, List<String[]> rows) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                Workbook wb = new Workbook(out, "system test", "1.0");
                Worksheet ws = wb.newWorksheet("拟录用人员");
                ws.value(0, 0, "填写说明：带 * 的列必填");
                for (int c = 0; c < HEADERS.length; c++) {
                    ws.value(1, c, HEADERS[c]);
                }
                for (int r = 0; r < rows.size(); r++) {
                    String[] row = rows.get(r);
                    for (int c = 0; c < row.length; c++) {
                        if (!row[c].isEmpty()) {
                            ws.value(r + 2, c, row[c]);
                        }
                    }
                }
                wb.finish();
            }
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet of a workbook, row by row, each cell as text. */
    static List<List<String>> rows(byte[] workbook) {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            for (Row r : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    cells.add(r.getOptionalCell(c).map(x -> x.getText()).orElse(""));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
