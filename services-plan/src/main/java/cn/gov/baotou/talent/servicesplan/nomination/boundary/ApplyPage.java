package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 推荐申请表: the enterprise names its nominees (高管 or 突出贡献人才) and the day it applies — given explicitly, as the
 * 2022 version's windows lie in the past — or corrects a returned nomination. Each refusal stands next to its field,
 * and everything typed stays.
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

    private Long id;
    private boolean loaded;
    private String appliedOn;
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
        NominationForm form = new NominationForm(
                appliedOn, rows.stream().map(NomineeRow::form).toList());
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

    /** The quota of the year applied for, or null while no valid day is given. */
    public QuotaStanding getQuota() {
        try {
            LocalDate day = appliedOn == null || appliedOn.isBlank() ? null : LocalDate.parse(appliedOn.strip());
            return day == null ? null : quota.standing(null, day.getYear());
        } catch (DateTimeParseException | InvalidInput e) {
            return null;
        }
    }

    static String field(String name) {
        Matcher m = ROW_FIELD.matcher(name);
        if (m.matches()) {
            return "applyForm:rows:" + m.group(1) + ":" + m.group(2);
        }
        return "appliedOn".equals(name) || "nominees".equals(name) ? "applyForm:" + name : null;
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
}
