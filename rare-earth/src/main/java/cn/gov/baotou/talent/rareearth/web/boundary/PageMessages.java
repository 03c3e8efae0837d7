package cn.gov.baotou.talent.rareearth.web.boundary;

import cn.gov.baotou.talent.core.rest.Conflict;
import cn.gov.baotou.talent.core.rest.FieldError;
import cn.gov.baotou.talent.core.rest.Forbidden;
import cn.gov.baotou.talent.core.rest.InvalidInput;
import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.core.rest.NotFound;
import cn.gov.baotou.talent.rareearth.rest.RareEarthConflict;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.rest.RareEarthNotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/**
 * A page's refusals and confirmations: each bad field's message next to the field (the component id is the field's
 * name, in the form {@code formId}), clashes and the rest above the page; the form keeps what was typed.
 */
public final class PageMessages {

    private PageMessages() {}

    /** Runs a step; on refusal shows why and returns null, keeping the form as typed. */
    public static <T> T attempt(String formId, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInput e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (FieldError f : e.errors()) {
                String id = f.field().matches("[A-Za-z][A-Za-z0-9]*") ? formId + ":" + f.field() : null;
                faces.addMessage(
                        id,
                        error((id == null ? f.field() + "：" : "") + messages().get(f)));
            }
            faces.validationFailed();
        } catch (RareEarthConflict e) {
            global(e.message(messages()));
        } catch (Conflict e) {
            global(messages().get(e.messageKey(), e.arguments()));
        } catch (RareEarthNotFound e) {
            global(e.message(messages()));
        } catch (NotFound e) {
            global(messages().get(e.messageKey(), e.id()));
        } catch (Forbidden e) {
            global(messages().get("problem.forbidden.detail"));
        }
        return null;
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                messages().get(RareEarthMessages.BUNDLE, key, arguments),
                                null));
    }

    public static Messages messages() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private static void global(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, error(text));
        faces.validationFailed();
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }
}
