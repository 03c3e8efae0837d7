package cn.gov.baotou.talent.reporting.web;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;

/**
 * A report page's refusals above its content: each refused choice named by its field's label ("年度：…"), a choice
 * outside the caller's scope as the general refusal. The page then shows its choices and nothing else.
 */
public final class PageNotices {

    private static final Map<String, String> FIELD_LABELS = Map.of(
            "year",
            "field.year",
            "from",
            "field.from",
            "to",
            "field.to",
            "mode",
            "field.mode",
            "district",
            "field.district");

    private PageNotices() {}

    /** Shows why the choice was refused; false when {@code e} is not a refusal (then the caller rethrows). */
    public static boolean refuse(RuntimeException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages m = Messages.in(locale(faces));
        if (e instanceof InvalidInput invalid) {
            for (FieldError f : invalid.errors()) {
                String label = FIELD_LABELS.containsKey(f.field())
                        ? m.get(ReportingMessages.BUNDLE, FIELD_LABELS.get(f.field()))
                        : f.field();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + "：" + m.get(f), null));
            }
            return true;
        }
        if (e instanceof Forbidden) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, m.get("problem.forbidden.detail"), null));
            return true;
        }
        return false;
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot() == null
                ? Messages.CHINESE
                : faces.getViewRoot().getLocale();
    }
}
