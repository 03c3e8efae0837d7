package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.control.HireColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The hires' Excel template in the user's language: a note on how to fill it above the headers (required ones marked
 * *), one example row, drop-down lists for every choice (from a hidden sheet of options), the 身份证号 column as text
 * so that Excel keeps all 18 digits, and a sheet explaining each column.
 */
public final class HireImportTemplate {

    /** Excel rows (0-based) of the note, the headers and the example. */
    static final int NOTE = 0;

    static final int HEADER = 1;
    static final int EXAMPLE = 2;

    private static final double[] WIDTHS = {12, 22, 13, 13, 16, 20, 22, 14, 22, 14, 13, 22, 16, 22};

    private HireImportTemplate() {}

    public static void write(Messages m, Map<String, String> disciplines, ImportLimits limits, OutputStream out)
            throws IOException {
        Workbook wb = new Workbook(out, "Baotou talent platform", "1.0");
        Worksheet sheet = wb.newWorksheet(text(m, "import.sheet.hires"));
        Worksheet help = wb.newWorksheet(text(m, "import.sheet.help"));
        Worksheet options = wb.newWorksheet(text(m, "import.sheet.options"));
        int last = HireColumn.values().length - 1;
        sheet.value(NOTE, 0, text(m, "import.note", String.valueOf(limits.maxRows()), limits.size()));
        sheet.range(NOTE, 0, NOTE, last).merge();
        sheet.style(NOTE, 0)
                .wrapText(true)
                .verticalAlignment("top")
                .fontColor("9C0006")
                .set();
        sheet.rowHeight(NOTE, 66);
        List<String> headers = HireRows.headers(m);
        List<String> example = example(m, disciplines);
        for (HireColumn c : HireColumn.values()) {
            int col = c.ordinal();
            sheet.width(col, WIDTHS[col]);
            sheet.value(HEADER, col, headers.get(col));
            sheet.style(HEADER, col).bold().fillColor("DDE6F4").wrapText(true).set();
            if (c == HireColumn.BIRTH_DATE) {
                sheet.value(EXAMPLE, col, LocalDate.parse(example.get(col)));
                sheet.style(EXAMPLE, col)
                        .format("yyyy-mm-dd")
                        .italic()
                        .fontColor("808080")
                        .set();
            } else {
                sheet.value(EXAMPLE, col, example.get(col));
                sheet.style(EXAMPLE, col)
                        .format("@")
                        .italic()
                        .fontColor("808080")
                        .set();
            }
            if (c == HireColumn.ID_NUMBER) {
                // text, or Excel keeps only 15 of the 18 digits
                sheet.style(col).format("@").set();
            }
            List<String> labels = HireRows.labels(c, m, disciplines);
            if (!labels.isEmpty()) {
                for (int i = 0; i < labels.size(); i++) {
                    options.value(i, col, labels.get(i));
                }
                Range list = options.range(0, col, labels.size() - 1, col);
                sheet.range(EXAMPLE, col, HEADER + limits.maxRows(), col)
                        .validateWithList(list)
                        .allowBlank(!c.required())
                        .errorStyle(DataValidationErrorStyle.STOP)
                        .showErrorMessage(true)
                        .errorTitle(text(m, "import.validation.title"))
                        .error(text(m, "import.validation.error"));
            }
            help.value(col + 1, 0, headers.get(col));
            help.value(col + 1, 1, text(m, c.required() ? "import.required" : "import.optional"));
            help.value(col + 1, 2, text(m, "import.help." + c.name()));
            help.style(col + 1, 2).wrapText(true).set();
        }
        sheet.freezePane(0, HEADER + 1);
        help.value(0, 0, text(m, "import.help.column"));
        help.value(0, 1, text(m, "import.help.required"));
        help.value(0, 2, text(m, "import.help.how"));
        help.range(0, 0, 0, 2).style().bold().fillColor("DDE6F4").set();
        help.width(0, 22);
        help.width(1, 8);
        help.width(2, 90);
        options.setVisibilityState(VisibilityState.HIDDEN);
        wb.finish();
    }

    /** The example row, in the language of the rest: a PhD with a valid 身份证号 the import refuses as the example. */
    private static List<String> example(Messages m, Map<String, String> disciplines) {
        String yes = text(m, "import.yes");
        return List.of(
                text(m, "import.example.name"),
                HireRows.EXAMPLE_ID,
                "1990-03-07",
                text(m, "degree.DOCTOR"),
                "08 " + disciplines.getOrDefault("08", ""),
                text(m, "import.example.major"),
                text(m, "import.example.institution"),
                yes,
                "",
                yes,
                text(m, "work.RESEARCH_DEVELOPMENT"),
                text(m, "import.example.job"),
                text(m, "source.EVENT"),
                text(m, "import.example.source"));
    }

    private static String text(Messages m, String key, Object... arguments) {
        return m.get(IntakeEligibility.BUNDLE, key, arguments);
    }
}
