package cn.gov.baotou.talent.core.sheet.control;

import java.util.List;

/** A row of the sheet with its number as Excel shows it (the first row is 1), its cells from the first column on. */
public record SheetRow(int number, List<SheetCell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public SheetCell cell(int column) {
        return column < cells.size() ? cells.get(column) : SheetCell.EMPTY;
    }

    public String text(int column) {
        return cell(column).text();
    }

    public boolean blank() {
        return cells.stream().allMatch(SheetCell::blank);
    }
}
