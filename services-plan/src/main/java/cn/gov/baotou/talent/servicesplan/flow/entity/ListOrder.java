package cn.gov.baotou.talent.servicesplan.flow.entity;

import java.util.Map;

/**
 * The order a list is read in, done by the database: one of the columns the list allows (by its key), ascending or
 * descending, ties broken by the id in the same direction so that paging never shows a row twice.
 */
public record ListOrder(String key, boolean descending) {

    /** The JPQL {@code order by} for this order over the list's {@code columns} (key → path). */
    public String orderBy(Map<String, String> columns, String idPath) {
        String path = columns.get(key);
        if (path == null) {
            throw new IllegalArgumentException("not a column of the list: " + key);
        }
        String direction = descending ? " desc" : " asc";
        return " order by " + path + direction + ", " + idPath + direction;
    }
}
