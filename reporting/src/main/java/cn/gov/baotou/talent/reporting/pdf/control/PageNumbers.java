package cn.gov.baotou.talent.reporting.pdf.control;

import net.sf.jasperreports.engine.JRDefaultScriptlet;
import net.sf.jasperreports.engine.JRScriptletException;

/**
 * The page numbers printed in a report whose table of contents is filled apart and put in after page 1: a page is
 * numbered {@code SHIFT} later than its fill counts it (the body's pages after the first come after the contents, the
 * contents' own pages start at 2), the body's first page keeps 1, and the total is given or is the last number
 * printed. Also tells the page header whether it is on the first page, which has a title of its own.
 */
public class PageNumbers extends JRDefaultScriptlet {

    /** What to add to the fill's page number. */
    static final String SHIFT = "PAGE_SHIFT";
    /** Whether the first page keeps number 1 (the body's). */
    static final String KEEP_FIRST = "PAGE_KEEP_FIRST";
    /** The document's total, when known before the fill (the contents). */
    static final String TOTAL = "PAGE_TOTAL";

    static final String PAGE = "DISPLAY_PAGE";
    static final String PAGES = "DISPLAY_TOTAL";
    static final String INNER = "INNER_PAGE";

    /** Pages begun so far: counted here, as PAGE_NUMBER is not yet advanced when a page begins. */
    private int page;

    @Override
    public void beforeReportInit() {
        page = 0;
    }

    @Override
    public void afterPageInit() throws JRScriptletException {
        page++;
        boolean keepFirst = Boolean.TRUE.equals(getParameterValue(KEEP_FIRST));
        int shown = page == 1 && keepFirst ? 1 : page + intParameter(SHIFT);
        setVariableValue(INNER, !(page == 1 && keepFirst));
        setVariableValue(PAGE, shown);
        Object total = getParameterValue(TOTAL);
        setVariableValue(PAGES, total instanceof Integer t ? t : shown);
    }

    private int intParameter(String name) throws JRScriptletException {
        Object v = getParameterValue(name);
        return v instanceof Integer i ? i : 0;
    }
}
