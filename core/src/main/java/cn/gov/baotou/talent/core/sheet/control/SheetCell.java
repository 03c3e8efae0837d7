package cn.gov.baotou.talent.core.sheet.control;

/**
 * One cell as text: a date cell as YYYY-MM-DD, a number without exponent, TRUE/FALSE as such, empty as "". {@code
 * number} says the cell held a number, which Excel keeps to 15 digits: a long code typed as a number has lost its
 * last digits, and an import can say so instead of reporting a wrong check digit.
 */
public record SheetCell(String text, boolean number) {

    public static final SheetCell EMPTY = new SheetCell("", false);

    public SheetCell {
        text = text == null ? "" : text.strip();
    }

    public boolean blank() {
        return text.isEmpty();
    }
}
