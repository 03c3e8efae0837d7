package cn.gov.baotou.talent.core.sheet.control;

import java.util.List;

/**
 * The non-blank rows of a sheet, in order; {@code truncated} when the sheet had more than the reader was asked to
 * read, so that the import refuses it by its size instead of checking a part of it.
 */
public record Sheet(List<SheetRow> rows, boolean truncated) {

    public Sheet {
        rows = List.copyOf(rows);
    }
}
