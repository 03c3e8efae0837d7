package cn.gov.baotou.talent.intake.web;

import cn.gov.baotou.talent.core.rest.Conflict;
import cn.gov.baotou.talent.core.rest.FieldError;
import cn.gov.baotou.talent.core.rest.Forbidden;
import cn.gov.baotou.talent.core.rest.InvalidInput;
import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.core.rest.NotFound;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.rest.IntakeConflict;
import cn.gov.baotou.talent.intake.rest.IntakeNotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How intake's pages answer: a refused field's message next to the field (its component id is the field's name) and
 * the form keeping what was typed; a refused step (409, 403, 404) at the top of the page; a done step as information.
 */
public final class FacesReplies {

    private FacesReplies() {}

    public static Messages messages() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Runs a step of a form; on refusal says why and answers empty, and the page shows the form again as typed. */
    public static <T> Optional<T> attempt(String form, Supplier<T> step) {
        try {
            return Optional.ofNullable(step.get());
        } catch (InvalidInput e) {
            fields(form, e);
        } catch (Conflict | NotFound | Forbidden e) {
            refused(e);
        }
        return Optional.empty();
    }

    public static void fields(String form, InvalidInput e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages m = messages();
        for (FieldError f : e.errors()) {
            String id = form + ":" + f.field();
            boolean onPage = faces.getViewRoot().findComponent(id) != null;
            faces.addMessage(
                    onPage ? id : null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            onPage ? m.get(f) : label(m, f.field()) + "：" + m.get(f),
                            null));
        }
        faces.validationFailed();
    }

    /** A field not on the page by its name in intake's bundle ({@code field.submittedOn}: 报送日期), else as named. */
    private static String label(Messages m, String field) {
        String key = "field." + field;
        String label = m.get(IntakeEligibility.BUNDLE, key);
        return label.equals(key) ? field : label;
    }

    public static void refused(RuntimeException e) {
        Messages m = messages();
        String text;
        if (e instanceof IntakeConflict c) {
            text = c.message(m);
        } else if (e instanceof IntakeNotFound n) {
            text = n.message(m);
        } else if (e instanceof Conflict c) {
            text = m.get(c.messageKey(), c.arguments());
        } else if (e instanceof NotFound n) {
            text = m.get(n.messageKey(), n.id());
        } else {
            text = m.get("problem.forbidden.detail");
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** A done step, in intake's bundle. */
    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                messages().get(IntakeEligibility.BUNDLE, key, arguments),
                                null));
    }
}
