package cn.gov.baotou.talent.core.web.control;

/**
 * One line of a workbench (工作台): a count of cases waiting for the caller (待办), overdue (逾期, shown in red) or
 * finished (已办), with the list page that shows them.
 */
public record WorkItem(Kind kind, String bundle, String labelKey, long count, String path) {

    /** Where the item stands on the workbench. */
    public enum Kind {
        PENDING,
        OVERDUE,
        DONE
    }
}
