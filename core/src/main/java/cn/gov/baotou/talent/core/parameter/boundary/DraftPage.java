package cn.gov.baotou.talent.core.parameter.boundary;

import cn.gov.baotou.talent.core.parameter.control.ParameterCsv;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.VersionPlan;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One draft on a page: every value beside the version it would replace, edited as text and saved as one file would be
 * imported (so a mistake is refused naming its row and field exactly as in an upload), then promoted or deleted.
 */
@Named
@ViewScoped
public class DraftPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ParameterDraftDesk desk;

    private Long id;
    private DraftView draft;
    private String name;
    private String version;
    private String validFrom;
    private String validTo;
    private List<DraftRow> rows;

    /** Loads the draft named by the address once per view; an unknown one shows the refusal and nothing else. */
    public void load() {
        if (draft != null || id == null) {
            return;
        }
        try {
            read();
        } catch (NotFound e) {
            PageNotices.refuse(e.bundle(), e.messageKey(), e.id());
        }
    }

    private void read() {
        draft = desk.one(id);
        Map<String, ParameterValue> reference = desk.reference(id);
        name = draft.name();
        rows = new ArrayList<>();
        for (ParameterView v : draft.values()) {
            ParameterValue now = reference.get(v.key());
            rows.add(new DraftRow(v, now == null ? null : now.value(), now == null ? null : now.version()));
        }
        if (!rows.isEmpty()) {
            DraftRow first = rows.get(0);
            version = first.getVersion();
            validFrom = first.getValidFrom();
            validTo = first.getValidTo();
        }
    }

    /** Sets the version label and period typed above the table on every row (saved only with "save"). */
    public void applyToAll() {
        for (DraftRow r : rows) {
            r.setVersion(version);
            r.setValidFrom(validFrom);
            r.setValidTo(validTo);
        }
    }

    public void save() {
        try {
            DraftView saved = desk.replace(
                    id,
                    name,
                    ParameterCsv.ofCells(rows.stream().map(DraftRow::cells).toList()));
            draft = null;
            read();
            PageNotices.info(false, "draft.saved", saved.size());
        } catch (InvalidInput e) {
            PageNotices.refuse(e.errors());
        } catch (Conflict e) {
            PageNotices.refuse(e.bundle(), e.messageKey(), e.arguments());
        }
    }

    public void promote() {
        try {
            VersionPlan plan = desk.promote(id);
            draft = null;
            read();
            PageNotices.info(
                    false,
                    "draft.promotedNow",
                    plan.added().size(),
                    plan.closings().size());
        } catch (InvalidInput e) {
            PageNotices.refuse(e.errors());
        } catch (Conflict e) {
            PageNotices.refuse(e.bundle(), e.messageKey(), e.arguments());
        }
    }

    public String delete() {
        desk.delete(id);
        PageNotices.info(true, "drafts.deleted", draft.name());
        return "/core/admin/drafts.xhtml?faces-redirect=true";
    }

    public boolean isEditable() {
        return draft != null && draft.promotedOn() == null;
    }

    public DraftView getDraft() {
        return draft;
    }

    /** One class per row, in order: "changed" where the draft's value differs from the one in force. */
    public String getRowClasses() {
        return rows == null
                ? ""
                : String.join(
                        ",",
                        rows.stream()
                                .map(r -> r.isChanged() ? "changed" : "same")
                                .toList());
    }

    public List<DraftRow> getRows() {
        return rows;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo;
    }
}
