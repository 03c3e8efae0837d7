package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import cn.gov.baotou.talent.intake.rest.JsonInput;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 拟录用人员 list: the hires of the caller's scope (an enterprise its own, a district office its district's, the city
 * office all), searched by state, degree and district, paged on the server; the workbench links here by state.
 */
@Named
@ViewScoped
public class HiresPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SIZE = 20;

    @Inject
    transient HireDesk desk;

    @Inject
    transient Caller caller;

    @Inject
    transient Enterprises enterprises;

    private String status;
    private String degree;
    private String districtCode;
    private int page;
    private transient List<HireSummary> rows;
    private long total;

    public List<HireSummary> getRows() {
        if (rows == null) {
            HireStatus s = JsonInput.choice(status, HireStatus.class, "status");
            Degree d = JsonInput.choice(degree, Degree.class, "degree");
            String district = districtCode == null || districtCode.isBlank() ? null : districtCode;
            boolean clear = caller.readsPersonalData() || caller.is(Role.ENTERPRISE);
            rows = desk.search(s, d, district, page * SIZE, SIZE).stream()
                    .map(h -> HireSummary.of(h, clear))
                    .toList();
            total = desk.count(s, d, district);
        }
        return rows;
    }

    public void search() {
        page = 0;
        rows = null;
    }

    public void reset() {
        status = degree = districtCode = null;
        search();
    }

    public void next() {
        if ((page + 1L) * SIZE < total) {
            page++;
        }
        rows = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        rows = null;
    }

    public long getTotal() {
        getRows();
        return total;
    }

    public int getPageNumber() {
        return page + 1;
    }

    public long getPageCount() {
        return Math.max(1, (getTotal() + SIZE - 1) / SIZE);
    }

    /** The filters applied, for 导出 to export the same list. */
    public String getExportQuery() {
        StringBuilder q = new StringBuilder();
        param(q, "status", status);
        param(q, "degree", degree);
        param(q, "districtCode", districtCode);
        return q.toString();
    }

    private static void param(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? "?" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public HireStatus[] getStatuses() {
        return HireStatus.values();
    }

    public Degree[] getDegrees() {
        return Degree.values();
    }

    public List<District> getDistricts() {
        return caller.seesAllDistricts() ? enterprises.districts() : List.of();
    }

    public boolean isEnterprise() {
        return caller.is(Role.ENTERPRISE);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDegree() {
        return degree;
    }

    public void setDegree(String degree) {
        this.degree = degree;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }
}
