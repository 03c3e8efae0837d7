package cn.gov.baotou.talent.core.parameter.boundary;

import cn.gov.baotou.talent.core.parameter.control.UploadedText;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.rest.DayText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * 参数草稿: the city office's list of drafts, and the two ways to make one — a copy of the newest version under a new
 * label and period, or an uploaded version file. A made draft opens on its own page for editing.
 */
@Named
@ViewScoped
public class DraftsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ParameterDraftDesk desk;

    private transient List<DraftView> drafts;
    private String name;
    private String version;
    private String validFrom;
    private String validTo;
    private String uploadName;
    private transient Part file;

    public List<DraftView> getDrafts() {
        if (drafts == null) {
            drafts = desk.all();
        }
        return drafts;
    }

    /** Proposes the day after the newest version ends (or tomorrow) and its year as the label. */
    public void prepare() {
        if (validFrom == null) {
            LocalDate start = desk.suggestedStart();
            validFrom = start.toString();
            version = desk.suggestedVersion(start);
        }
    }

    public String copy() {
        try {
            DraftView d = desk.copyOfNewest(name, version, date("validFrom", validFrom), date("validTo", validTo));
            return "/core/admin/draft.xhtml?faces-redirect=true&id=" + d.id();
        } catch (InvalidInput e) {
            PageNotices.refuse(e.errors());
            return null;
        }
    }

    public String upload() {
        if (file == null) {
            PageNotices.refuse(List.of(FieldError.of("file", "parameter.file.required")));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            DraftView d = desk.upload(uploadName, UploadedText.of(in));
            return "/core/admin/draft.xhtml?faces-redirect=true&id=" + d.id();
        } catch (InvalidInput e) {
            PageNotices.refuse(e.errors());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(long id) {
        try {
            String named = desk.one(id).name();
            desk.delete(id);
            PageNotices.info(false, "drafts.deleted", named);
        } catch (NotFound e) {
            PageNotices.refuse(e.bundle(), e.messageKey(), e.id());
        }
        drafts = null;
    }

    /** A date typed in a field; empty is none, anything else unreadable is refused naming the field. */
    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DayText.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "parameter.date.malformed", text);
        }
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

    public String getUploadName() {
        return uploadName;
    }

    public void setUploadName(String uploadName) {
        this.uploadName = uploadName;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
