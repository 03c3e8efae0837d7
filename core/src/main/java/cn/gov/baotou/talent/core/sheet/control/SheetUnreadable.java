package cn.gov.baotou.talent.core.sheet.control;

/** The upload is no workbook this reader can open (not an .xlsx, damaged, or unpacking to far more than it weighs). */
public class SheetUnreadable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SheetUnreadable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
