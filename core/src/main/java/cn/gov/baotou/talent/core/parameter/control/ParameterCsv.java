package cn.gov.baotou.talent.core.parameter.control;

import java.util.List;

/**
 * Values written as a version file, with the import's columns ({@link ParameterFile#COLUMNS}) in the seed's order:
 * what a draft is downloaded as and what its promotion hands to the import, so that a draft becomes a version only
 * through the checks every version file passes.
 */
public final class ParameterCsv {

    private ParameterCsv() {}

    public static String write(List<ParameterValue> values) {
        return ofCells(values.stream()
                .map(v -> List.of(
                        v.policyId(),
                        v.clauseId(),
                        v.key(),
                        v.type().name(),
                        v.value(),
                        v.unit(),
                        v.description(),
                        v.version(),
                        v.validFrom().toString(),
                        v.validTo() == null ? "" : v.validTo().toString()))
                .toList());
    }

    /**
     * Rows of text in the columns' order (as a form holds them, before anything is parsed), as a file the import
     * reads: so that a mistake typed on a page is refused exactly as the same mistake in an uploaded file.
     */
    public static String ofCells(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(String.join(",", ParameterFile.COLUMNS)).append('\n');
        for (List<String> row : rows) {
            if (row.size() != ParameterFile.COLUMNS.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells: " + row);
            }
            out.append(String.join(
                            ",",
                            row.stream().map(c -> field(c == null ? "" : c)).toList()))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * A field as RFC 4180 writes it: quoted, with doubled quotes, when it holds a comma or a quote. A line break becomes
     * a space: the reader takes one line for one row, and no value of a version spans lines.
     */
    static String field(String text) {
        String t = text.replaceAll("[\r\n]+", " ");
        if (t.contains(",") || t.contains("\"")) {
            return "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }
}
