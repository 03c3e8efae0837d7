package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.boundary.LocaleChoice;
import cn.gov.baotou.talent.intake.demand.control.DemandAction;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.DemandStatus;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * 岗位需求 list within the caller's scope: an enterprise its own (with a button for a new one), the city office all of
 * them with those awaiting review one click away, a district office its district's. Filtered by status, paged.
 */
@Named
@RequestScoped
public class DemandsPage {

    static final int SIZE = 20;
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Beijing.ZONE);

    @Inject
    DemandBoard board;

    @Inject
    Caller caller;

    @Inject
    LocaleChoice locale;

    private DemandStatus status;
    private int page;
    private List<Row> rows;
    private long total;

    /** One demand as the list shows it. */
    public record Row(
            long id,
            String positionTitle,
            String enterpriseName,
            String districtName,
            String degreeName,
            int headcount,
            String status,
            String statusName,
            String date,
            boolean review) {}

    @PostConstruct
    void read() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            status =
                    p.get("status") == null || p.get("status").isBlank() ? null : DemandStatus.valueOf(p.get("status"));
        } catch (IllegalArgumentException e) {
            status = null;
        }
        try {
            page = Math.max(0, Integer.parseInt(p.getOrDefault("page", "0")));
        } catch (NumberFormatException e) {
            page = 0;
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            Messages m = Messages.in(locale.getLocale());
            total = board.count(status, null);
            rows = board.search(status, null, page * SIZE, SIZE).stream()
                    .map(d -> row(d, m))
                    .toList();
        }
        return rows;
    }

    public long getTotal() {
        getRows();
        return total;
    }

    public String getStatus() {
        return status == null ? "" : status.name();
    }

    public DemandStatus[] getStatuses() {
        return DemandStatus.values();
    }

    public boolean isFirst() {
        return page == 0;
    }

    public boolean isLast() {
        return (long) (page + 1) * SIZE >= getTotal();
    }

    public String getPreviousQuery() {
        return query(page - 1);
    }

    public String getNextQuery() {
        return query(page + 1);
    }

    /** The filters applied, for 导出 to export the same list. */
    public String getExportQuery() {
        return status == null ? "" : "?status=" + status.name();
    }

    public boolean isEnterprise() {
        return caller.is(Role.ENTERPRISE);
    }

    /** The hint above the list, for the caller's role. */
    public String getHint() {
        String key = caller.is(Role.ENTERPRISE) || caller.is(Role.CITY_OFFICE) ? caller.getRole() : "other";
        return Messages.in(locale.getLocale()).get(DemandWorkflow.BUNDLE, "demands.hint." + key);
    }

    private String query(int toPage) {
        return (status == null ? "" : "status=" + status.name() + "&") + "page=" + toPage;
    }

    private Row row(JobDemand d, Messages m) {
        CatalogEntry c = CatalogEntry.of(d, m);
        String date = d.publishedOn() != null
                ? d.publishedOn().toString()
                : d.submittedAt() == null ? "" : DAY.format(d.submittedAt());
        return new Row(
                d.id(),
                c.positionTitle(),
                c.enterpriseName(),
                c.districtName(),
                c.degreeName(),
                c.headcount(),
                d.status().name(),
                m.get(DemandWorkflow.BUNDLE, "demand.status." + d.status().name()),
                date,
                DemandWorkflow.allows(d.status(), DemandAction.PUBLISH, caller.role()));
    }
}
