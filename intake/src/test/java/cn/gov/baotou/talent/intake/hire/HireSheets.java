package cn.gov.baotou.talent.intake.hire;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.control.HireColumn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Upload files as an enterprise fills the template in: a note, the Chinese headers, then its rows, all as text. */
final class HireSheets {

    private HireSheets() {}

    /** A row of a PhD in materials from outside Baotou doing R&D; {@code with} replaces cells by column. */
    static String[] phd(String name, String idNumber) {
        return new String[] {
            name,
            idNumber,
            idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14),
            "博士研究生",
            "08 工学",
            "材料科学与工程",
            "北京科技大学",
            "是",
            "",
            "是",
            "产品研发",
            "永磁材料研发工程师",
            "推介引才活动",
            "2024 北京科技大学推介会"
        };
    }

    static String[] with(String[] row, HireColumn column, String value) {
        String[] copy = Arrays.copyOf(row, row.length);
        copy[column.ordinal()] = value;
        return copy;
    }

    static byte[] file(String[]... rows) {
        return file(List.of(rows), null);
    }

    /** {@code numberColumn}: a column whose cells are typed as numbers, as Excel does when no one formats it as text. */
    static byte[] file(List<String[]> rows, HireColumn numberColumn) {
        Messages zh = Messages.in(Messages.CHINESE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("拟录用人员");
            ws.value(0, 0, "填写说明：带 * 的列必填");
            for (HireColumn c : HireColumn.values()) {
                ws.value(1, c.ordinal(), zh.get(IntakeEligibility.BUNDLE, c.headerKey()) + (c.required() ? " *" : ""));
            }
            int r = 2;
            for (String[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    if (row[c] == null || row[c].isEmpty()) {
                        continue;
                    }
                    if (numberColumn != null && c == numberColumn.ordinal()) {
                        ws.value(r, c, new BigDecimal(row[c].replace("X", "")));
                    } else {
                        ws.value(r, c, row[c]);
                    }
                }
                r++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Rows from the sheet's first line on: no note, no header. */
    static byte[] bare(String[]... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    ws.value(r, c, rows[r][c]);
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<String[]> many(int n, String area, String born) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(phd("批量" + i, id(area + born, i)));
        }
        return rows;
    }

    /** A valid 身份证号 (GB 11643 check character) of an area and a birth day, with a sequence number. */
    static String id(String areaAndBirth, int sequence) {
        String body = areaAndBirth + String.format("%03d", sequence % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
