package cn.gov.baotou.talent.core.parameter.boundary;

import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.UploadedText;
import cn.gov.baotou.talent.core.parameter.control.VersionPlan;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.rest.DayText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
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
 * 政策参数: the city office's page over {@link ParameterVersions} — every version of every parameter (or those in force
 * on a day), and the upload of a new version whose refusal lists each bad row and field.
 */
@Named
@ViewScoped
public class ParametersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ParameterVersions versions;

    private String date;
    private LocalDate day;
    private transient Part file;
    private transient List<ParameterValue> rows;

    public List<ParameterValue> getRows() {
        if (rows == null) {
            rows = day == null ? versions.all() : versions.inForce(day);
        }
        return rows;
    }

    /** Shows the values in force on the date typed, or every version when it is empty. */
    public void filter() {
        rows = null;
        day = null;
        if (date == null || date.isBlank()) {
            return;
        }
        try {
            day = DayText.parse(date.strip());
        } catch (DateTimeParseException e) {
            refuse(List.of(FieldError.of("date", "parameter.date.malformed", date)));
        }
    }

    public LocalDate getDay() {
        return day;
    }

    public void upload() {
        if (file == null) {
            refuse(List.of(FieldError.of("file", "parameter.file.required")));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            VersionPlan plan = versions.importFile(UploadedText.of(in));
            info(
                    "parameters.imported",
                    String.valueOf(plan.added().size()),
                    String.valueOf(plan.closings().size()));
            rows = null;
        } catch (InvalidInput e) {
            refuse(e.errors());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refuse(List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages m = messages();
        for (FieldError e : errors) {
            // row fields have no component of their own: each refusal is listed, naming its row and field
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.field() + "：" + m.get(e), null));
        }
        faces.validationFailed();
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(FacesMessage.SEVERITY_INFO, messages().get(key, arguments), null));
    }

    private static Messages messages() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
