package cn.gov.baotou.talent.servicesplan.flow.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.servicesplan.flow.entity.ListOrder;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list's search as a page's address or the API's query carries it: the filters by name, the column sorted by
 * ({@code sort}) and its direction ({@code dir=asc|desc}), the page (from 0) and its size. A page's 查询 sends its form
 * by GET, so every search, order and page is a link to keep; the links of the column headers, the pager and 导出 are
 * built from it and keep the filters.
 */
public record ListParams(Map<String, String> filters, String sort, String dir, int page, int size)
        implements Serializable {

    public static final int PAGE_SIZE = 10;

    public ListParams {
        filters = new LinkedHashMap<>(filters);
        size = Math.min(Math.max(size, 1), 200);
        page = Math.max(page, 0);
    }

    /** The named filters (blank ones left out), the order and the page, from a request's parameters. */
    public static ListParams read(Function<String, String> param, List<String> filterNames, int defaultSize) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : filterNames) {
            String value = param.apply(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value.strip());
            }
        }
        return new ListParams(
                filters,
                blankToNull(param.apply("sort")),
                blankToNull(param.apply("dir")),
                number(param.apply("page"), 0),
                number(param.apply("size"), defaultSize));
    }

    public String get(String name) {
        return filters.get(name);
    }

    public int first() {
        return page * size;
    }

    /** The order asked for among the list's columns, or {@code fallback}; an unknown column is refused naming it. */
    public ListOrder order(Map<String, String> columns, ListOrder fallback) {
        if (sort == null) {
            return fallback;
        }
        if (!columns.containsKey(sort)) {
            throw new InvalidInput(List.of(FieldError.of(
                    "sort", "request.oneOf", sort, String.join("|", new java.util.TreeSet<>(columns.keySet())))));
        }
        return new ListOrder(sort, dir == null ? fallback.descending() : "desc".equalsIgnoreCase(dir));
    }

    /** The same search on another page. */
    public ListParams onPage(int other) {
        return new ListParams(filters, sort, dir, other, size);
    }

    /** The same search sorted by the column: descending first, the other way when it is sorted by it already. */
    public ListParams sortedBy(String column, ListOrder current) {
        boolean descending = !(column.equals(current.key()) && current.descending());
        return new ListParams(filters, column, descending ? "desc" : "asc", 0, size);
    }

    /** The filters, the order and (when not the first) the page, as a query string without {@code ?}. */
    public String query() {
        Map<String, String> q = new LinkedHashMap<>(filters);
        q.put("sort", sort);
        q.put("dir", dir);
        if (page > 0) {
            q.put("page", String.valueOf(page));
        }
        List<String> parts = new ArrayList<>();
        q.forEach((k, v) -> {
            if (v != null) {
                parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return String.join("&", parts);
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
