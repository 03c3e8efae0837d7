package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.quota.boundary.EnterpriseQuota;
import cn.gov.baotou.talent.servicesplan.quota.boundary.QuotaStanding;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 推荐申请表: the enterprise names its nominees (高管 or 突出贡献人才) on the platform's day (services-plan.5.1: no day
 * of its own), or corrects a returned nomination; the city office alone enters a nomination filed on paper — the
 * enterprise, the day it was filed (a past window too) and the written reason the timeline keeps. Each refusal stands
 * next to its field, and everything typed stays.
 */
@Named
@ViewScoped
public class ApplyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ROW_FIELD = Pattern.compile("nominees\\[(\\d+)]\\.(\\w+)");

    @Inject
    transient NominationDesk desk;

    @Inject
    transient EnterpriseQuota quota;

    @Inject
    transient Caller caller;

    @Inject
    transient Clock clock;

    private Long id;
    private boolean loaded;
    private String appliedOn;
    private String enterpriseId;
    private String reason;
    private transient List<Enterprise> enterprises;
    private final List<NomineeRow> rows = new ArrayList<>(List.of(new NomineeRow()));

    /** For a resubmission, the returned nomination's nominees as they were filed. */
    public void load() {
        if (loaded || id == null) {
            return;
        }
        loaded = true;
        try {
            Nomination n = desk.visible(id);
            rows.clear();
            n.nominees()
                    .forEach(m -> rows.add(NomineeRow.of(
                            m.person().name(),
                            m.person().idNumber().value(),
                            m.person().phone(),
                            m.kind().name(),
                            m.jobTitle(),
                            m.contribution())));
        } catch (RuntimeException e) {
            PageReplies.refuse(e, f -> null);
        }
    }

    public void addRow() {
        rows.add(new NomineeRow());
    }

    public void removeRow(int index) {
        if (rows.size() > 1) {
            rows.remove(index);
        }
    }

    public String submit() {
        List<NomineeForm> nominees = rows.stream().map(NomineeRow::form).toList();
        NominationForm form = isPaper()
                ? new NominationForm(appliedOn, nominees, enterpriseId, reason)
                : new NominationForm(null, nominees);
        try {
            Nomination n = id == null ? desk.submit(form) : desk.resubmit(id, form);
            PageReplies.info(ServicesPlanText.BUNDLE, "page.apply.filed", String.valueOf(n.id()));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "nominations?faces-redirect=true&id=" + n.id();
        } catch (RuntimeException e) {
            PageReplies.refuse(e, ApplyPage::field);
            return null;
        }
    }

    /**
     * The quota of the year applied for: this year's for the enterprise; for a paper filing that of the year of the day
     * given, for the enterprise chosen, or null while either is missing.
     */
    public QuotaStanding getQuota() {
        try {
            if (!isPaper()) {
                return quota.standing(null, getToday().getYear());
            }
            LocalDate day = appliedOn == null || appliedOn.isBlank() ? null : LocalDate.parse(appliedOn.strip());
            boolean chosen = enterpriseId != null && enterpriseId.matches("\\d+");
            return day == null || !chosen ? null : quota.standing(Long.valueOf(enterpriseId), day.getYear());
        } catch (DateTimeParseException | InvalidInput | NotFound e) {
            return null;
        }
    }

    /** Whether the caller enters a filing made on paper (the city office) rather than applying itself. */
    public boolean isPaper() {
        return caller.is(Role.CITY_OFFICE);
    }

    /** The platform's today: the day an enterprise's filing is dated. */
    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    /** The enterprises the city office may enter a paper filing for. */
    public List<Enterprise> getEnterprises() {
        if (enterprises == null) {
            enterprises = isPaper() && id == null ? desk.paperEnterprises() : List.of();
        }
        return enterprises;
    }

    static String field(String name) {
        Matcher m = ROW_FIELD.matcher(name);
        if (m.matches()) {
            return "applyForm:rows:" + m.group(1) + ":" + m.group(2);
        }
        return List.of("appliedOn", "nominees", "enterpriseId", "reason").contains(name) ? "applyForm:" + name : null;
    }

    public List<NomineeRow> getRows() {
        return rows;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(String appliedOn) {
        this.appliedOn = appliedOn;
    }

    public String getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(String enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
