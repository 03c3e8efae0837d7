package cn.gov.baotou.talent.core.parameter.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;

/** The notices the draft pages show: a refusal lists each field (a row's field names its row), a success says so. */
final class PageNotices {

    private PageNotices() {}

    static void refuse(List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages m = messages();
        for (FieldError e : errors) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.field() + "：" + m.get(e), null));
        }
        faces.validationFailed();
    }

    static void refuse(String bundle, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages().get(bundle, key, arguments), null));
        faces.validationFailed();
    }

    /** Shown on this page, or — with {@code keep} — on the page a redirect leads to. */
    static void info(boolean keep, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages().get(key, arguments), null));
        if (keep) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
        }
    }

    static String text(String key, Object... arguments) {
        return messages().get(key, arguments);
    }

    private static Messages messages() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
