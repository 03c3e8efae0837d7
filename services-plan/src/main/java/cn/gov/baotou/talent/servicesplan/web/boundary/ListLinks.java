package cn.gov.baotou.talent.servicesplan.web.boundary;

import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
import cn.gov.baotou.talent.servicesplan.flow.entity.ListOrder;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import java.io.Serializable;

/**
 * The links of a list page, each keeping its search: a column header sorts by the column (again: the other way) and
 * shows ▲ or ▼ where the list is sorted; the pager's previous and next with "第 p / n 页" and the total; 导出 to the
 * list's Excel download; and a row opened on the same page.
 */
public final class ListLinks implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String page;
    private final String api;
    private final ListParams params;
    private final ListOrder order;
    private final long total;

    /** {@code page} and {@code api} are absolute paths with the context path, e.g. /services-plan/nominations.xhtml. */
    public ListLinks(String page, String api, ListParams params, ListOrder order, long total) {
        this.page = page;
        this.api = api;
        this.params = params;
        this.order = order;
        this.total = total;
    }

    public String sort(String column) {
        return link(page, params.sortedBy(column, order).query());
    }

    public String mark(String column) {
        return column.equals(order.key()) ? (order.descending() ? "▼" : "▲") : "";
    }

    public String getPrevious() {
        return link(page, params.onPage(Math.max(0, params.page() - 1)).query());
    }

    public String getNext() {
        return link(page, params.onPage(params.page() + 1).query());
    }

    public boolean isFirst() {
        return params.page() == 0;
    }

    public boolean isLast() {
        return params.page() + 1 >= getPages();
    }

    public int getPages() {
        return (int) Math.max(1, (total + params.size() - 1) / params.size());
    }

    public long getTotal() {
        return total;
    }

    public String getTotalText() {
        return PageReplies.messages().get(ServicesPlanText.BUNDLE, "list.total", String.valueOf(total));
    }

    public String getPageText() {
        return PageReplies.messages()
                .get(
                        ServicesPlanText.BUNDLE,
                        "list.page",
                        String.valueOf(params.page() + 1),
                        String.valueOf(getPages()));
    }

    /** The Excel download of every row the search finds, in the same order. */
    public String getExport() {
        return link(api, params.onPage(0).query());
    }

    /** The page with one row opened ({@code ?id=}), the search kept. */
    public String open(Object id) {
        String query = params.query();
        return page + "?id=" + id + (query.isEmpty() ? "" : "&" + query);
    }

    private static String link(String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
