package cn.gov.baotou.talent.rareearth.training.control;

import java.util.List;

/** One row of the sheet as text, cell by cell, with its number as Excel shows it (the header is row 1). */
public record RawRow(int number, List<String> cells) {

    public String cell(TrainingColumn c) {
        return c.ordinal() < cells.size() ? cells.get(c.ordinal()).strip() : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(s -> s == null || s.isBlank());
    }
}
