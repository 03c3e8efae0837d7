package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationWorkflow;
import cn.gov.baotou.talent.rareearth.grant.control.MeasureForm;
import cn.gov.baotou.talent.rareearth.grant.control.SupportRules;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 稀土措施申报: the applications the caller may see, searched by measure and state and paged on the server, and the
 * form an enterprise (or the city office for it) applies with, showing the fields of the chosen measure only.
 */
@Named
@ViewScoped
public class ApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    static final List<Integer> MEASURES = List.of(1, 2, 3, 5, 6, 8, 10, 11, 12, 13);

    @Inject
    transient ApplicationDesk desk;

    @Inject
    transient ApplicantNames names;

    @Inject
    transient Caller caller;

    @Inject
    transient AttachmentDesk attachments;

    private Integer measure;
    private String status;
    private int page;
    private final HashMap<String, Object> form = new HashMap<>();
    private transient Part file;

    /** One line of the list. */
    public record Row(long id, int measureNo, String subject, String enterprise, String person, String status) {}

    public List<Row> getRows() {
        return desk.search(measure, status(), page * PAGE_SIZE, PAGE_SIZE).stream()
                .map(a -> new Row(
                        a.id(),
                        a.measureNo(),
                        a.facts().subject(),
                        names.enterprise(a),
                        names.person(a),
                        a.status().name()))
                .toList();
    }

    /** The list's filters as a query string, for the export (导出) to hold what the list shows. */
    public String getFilterQuery() {
        StringBuilder q = new StringBuilder();
        if (measure != null) {
            q.append("measure=").append(measure);
        }
        if (status() != null) {
            q.append(q.length() == 0 ? "" : "&").append("status=").append(status().name());
        }
        return q.toString();
    }

    public long getTotal() {
        return desk.count(measure, status());
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public void search() {
        page = 0;
    }

    public void reset() {
        measure = null;
        status = null;
        page = 0;
    }

    public void next() {
        page = Math.min(page + 1, getPages() - 1);
    }

    public void previous() {
        page = Math.max(0, page - 1);
    }

    public boolean isMayApply() {
        return caller.is(Role.ENTERPRISE, Role.CITY_OFFICE);
    }

    public boolean isCityOffice() {
        return caller.is(Role.CITY_OFFICE);
    }

    public List<Enterprise> getEnterprises() {
        return names.rareEarthEnterprises();
    }

    public List<Integer> getMeasures() {
        return MEASURES;
    }

    public List<String> getStatuses() {
        return Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();
    }

    /** Whether the chosen measure asks for a field, so the form shows it. */
    public boolean shows(String field) {
        Integer m = measureNo();
        return m != null && (MeasureForm.shows(m, field) || "grade".equals(field) && m == 13);
    }

    public List<String> getCategories() {
        return measureNo() == null ? List.of() : MeasureForm.categories(measureNo());
    }

    /** A category's words for the chosen measure: 博士研究生, 国家级, 技术咨询, 发明专利, …. */
    public String categoryLabel(String code) {
        return CategoryLabels.of(measureNo() == null ? 0 : measureNo(), code);
    }

    /** A field's label, where it reads differently per measure (the amount it rests on, the year's first day). */
    public String label(String field) {
        Integer m = measureNo();
        String specific = "apply." + field + "." + m;
        String text = PageReplies.messages().get(RareEarthMessages.BUNDLE, specific);
        return text.equals(specific) ? PageReplies.messages().get(RareEarthMessages.BUNDLE, "apply." + field) : text;
    }

    public List<String> getRoles() {
        return measureNo() == null ? List.of() : MeasureForm.roles(measureNo());
    }

    public List<String> getBeneficiaryKinds() {
        return measureNo() == null
                ? List.of()
                : SupportRules.beneficiaries(measureNo()).stream()
                        .map(Enum::name)
                        .sorted()
                        .toList();
    }

    public boolean isDecidedByReviewer() {
        return measureNo() != null && SupportRules.decidedByReviewer(measureNo());
    }

    /** Submits the application, with its attachment if one was chosen: both are kept, or neither. */
    public String submit() {
        SupportApplication a;
        try (InputStream in = file == null || file.getSize() == 0 ? null : file.getInputStream()) {
            a = PageReplies.attempt(
                            PageReplies.inForm("apply"),
                            () -> attachments.submitWith(
                                    typed(),
                                    f("attachmentTitle"),
                                    file == null ? null : file.getSubmittedFileName(),
                                    in))
                    .orElse(null);
        } catch (IOException e) {
            PageReplies.info(RareEarthMessages.BUNDLE, "attachments.unreadable");
            return null;
        }
        return a == null ? null : "/rare-earth/application.xhtml?faces-redirect=true&id=" + a.id();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getCaseType() {
        return ApplicationWorkflow.CASE_TYPE;
    }

    private ApplicationStatus status() {
        return status == null || status.isBlank() ? null : ApplicationStatus.valueOf(status);
    }

    /** The form's fields by name, as typed (the page binds {@code form['subject']} and the like). */
    public Map<String, Object> getForm() {
        return form;
    }

    private Integer measureNo() {
        try {
            return form.get("measureNo") == null
                    ? null
                    : Integer.valueOf(form.get("measureNo").toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private ApplicationForm typed() {
        return new ApplicationForm(
                measureNo(),
                f("enterpriseId"),
                f("beneficiaryKind"),
                f("personName"),
                f("personIdNumber"),
                f("subject"),
                f("category"),
                f("grade"),
                f("role"),
                f("referenceNo"),
                f("basisYuan"),
                f("taxYuan"),
                f("quantity"),
                f("rateYuan"),
                f("requestedYuan"),
                Boolean.TRUE.equals(form.get("fullTime")) || "true".equals(f("fullTime")),
                f("hiredOn"),
                f("periodStart"),
                f("apartment"),
                f("apartmentFrom"));
    }

    private String f(String name) {
        Object v = form.get(name);
        return v == null ? null : v.toString();
    }

    public Integer getMeasure() {
        return measure;
    }

    public void setMeasure(Integer measure) {
        this.measure = measure;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() || getStatuses().contains(status) ? status : null;
    }

    public int getPage() {
        return page;
    }
}
