package cn.gov.baotou.talent.reporting.pdf.control;

import net.sf.jasperreports.engine.JRDefaultScriptlet;
import net.sf.jasperreports.engine.JRScriptletException;

/**
 * The page numbers printed in a report whose table of contents is filled apart and put in after page 1: a page is
 * numbered {@code SHIFT} later than its fill counts it — the body's title page is not counted and the contents come
 * before the rest, the contents' own pages start at 2 — and the total is given or is the last number printed.
 */
public class PageNumbers extends JRDefaultScriptlet {

    /** What to add to the fill's page number. */
    static final String SHIFT = "PAGE_SHIFT";
    /** The document's total, when known before the fill (the contents). */
    static final String TOTAL = "PAGE_TOTAL";

    static final String PAGE = "DISPLAY_PAGE";
    static final String PAGES = "DISPLAY_TOTAL";

    @Override
    public void afterPageInit() throws JRScriptletException {
        int page = (Integer) getVariableValue("PAGE_NUMBER");
        int shown = page + intParameter(SHIFT);
        setVariableValue(PAGE, shown);
        Object total = getParameterValue(TOTAL);
        setVariableValue(PAGES, total instanceof Integer t ? t : shown);
    }

    private int intParameter(String name) throws JRScriptletException {
        Object v = getParameterValue(name);
        return v instanceof Integer i ? i : 0;
    }
}
