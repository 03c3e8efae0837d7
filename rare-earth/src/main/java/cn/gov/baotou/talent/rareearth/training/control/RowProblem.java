package cn.gov.baotou.talent.rareearth.training.control;

import java.util.List;

/** Why a row was refused: the row, the column (none for the header as a whole), and the reason as a message key. */
public record RowProblem(int row, TrainingColumn column, String messageKey, List<Object> arguments) {

    public RowProblem {
        arguments = List.copyOf(arguments);
    }
}
