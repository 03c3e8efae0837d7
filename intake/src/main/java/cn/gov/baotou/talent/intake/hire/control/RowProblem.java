package cn.gov.baotou.talent.intake.hire.control;

import cn.gov.baotou.talent.core.refusal.FieldError;

/**
 * Why a row of an uploaded file was refused: the row as Excel numbers it, the column (none for a whole row or, with row
 * 0, the file), and the reason as the same field error a single submission would get.
 */
public record RowProblem(int row, HireColumn column, FieldError reason) {

    /** The field the API names: {@code rows[5].idNumber}, {@code rows[3]} for a whole row, {@code file} for the file. */
    public String field() {
        if (row <= 0) {
            return "file";
        }
        return "rows[" + row + "]" + (column == null ? "" : "." + column.field());
    }
}
