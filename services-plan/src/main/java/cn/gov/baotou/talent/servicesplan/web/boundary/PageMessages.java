package cn.gov.baotou.talent.servicesplan.web.boundary;

import cn.gov.baotou.talent.core.rest.Conflict;
import cn.gov.baotou.talent.core.rest.FieldError;
import cn.gov.baotou.talent.core.rest.Forbidden;
import cn.gov.baotou.talent.core.rest.InvalidInput;
import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.core.rest.NotFound;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanConflict;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanNotFound;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Function;

/**
 * How the plan's pages answer: a refusal's every field error next to its field (the page names the component of each
 * field), anything else at the top; a success as an information at the top. What was typed stays in the form.
 */
public final class PageMessages {

    private PageMessages() {}

    public static Messages messages() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, messages().get(ServicesPlanText.BUNDLE, key, arguments));
    }

    /**
     * Shows a refusal from a façade; {@code clientId} gives the component of a field (null: at the top). Anything that
     * is not a refusal is thrown on.
     */
    public static void refuse(RuntimeException e, Function<String, String> clientId) {
        Messages m = messages();
        if (e instanceof InvalidInput invalid) {
            for (FieldError f : invalid.errors()) {
                String id = clientId.apply(f.field());
                add(id, FacesMessage.SEVERITY_ERROR, id == null ? f.field() + "：" + m.get(f) : m.get(f));
            }
        } else if (e instanceof ServicesPlanConflict c) {
            add(null, FacesMessage.SEVERITY_ERROR, c.message(m));
        } else if (e instanceof ServicesPlanNotFound n) {
            add(null, FacesMessage.SEVERITY_ERROR, n.message(m));
        } else if (e instanceof Conflict c) {
            add(null, FacesMessage.SEVERITY_ERROR, m.get(c.messageKey(), c.arguments()));
        } else if (e instanceof NotFound n) {
            add(null, FacesMessage.SEVERITY_ERROR, m.get(n.messageKey(), n.id()));
        } else if (e instanceof Forbidden) {
            add(null, FacesMessage.SEVERITY_ERROR, m.get("problem.forbidden.detail"));
        } else {
            throw e;
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
