package cn.gov.baotou.talent.core.parameter.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a CSV file as spreadsheets write it (RFC 4180): comma-separated, a field in double quotes may
 * hold commas and doubled quotes; a leading byte-order mark is dropped. Line numbers count from 1, the header's.
 */
final class CsvLines {

    /** One non-blank line: its number in the file and its fields, stripped. */
    record Line(int number, List<String> cells) {}

    private CsvLines() {}

    static List<Line> split(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String raw : t.split("\r\n|\n|\r", -1)) {
            number++;
            if (!raw.isBlank()) {
                lines.add(new Line(number, cells(raw)));
            }
        }
        return lines;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
