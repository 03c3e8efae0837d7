package cn.gov.baotou.talent.core.web.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How every page answers, in the view's language: a refused field's message next to its field and the form keeping
 * what was typed; a field the page does not show, and any other refusal (409, 403, 404), at the top; a done step as
 * information. The same refusals the REST API answers as problem+json, with the same texts.
 */
public final class PageReplies {

    private PageReplies() {}

    public static Messages messages() {
        UIViewRoot view = FacesContext.getCurrentInstance().getViewRoot();
        return Messages.in(view == null ? Messages.CHINESE : view.getLocale());
    }

    /** A done step, in {@code bundle}'s words. */
    public static void info(String bundle, String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, messages().get(bundle, key, arguments));
    }

    /** Fields shown as components {@code formId:field}; one the page lacks is named at the top. */
    public static Function<String, String> nextToField(String formId) {
        return field -> {
            String id = formId + ":" + field;
            try {
                return FacesContext.getCurrentInstance().getViewRoot().findComponent(id) == null ? null : id;
            } catch (IllegalArgumentException notOnThisPage) {
                return null;
            }
        };
    }

    /**
     * A field named like a component goes to {@code formId:field} whether the page shows it or not, for a form whose
     * own {@code h:messages} lists those without a component (a measure's form shows only its measure's fields); a
     * nested field ({@code rows[0].name}) is named at the top.
     */
    public static Function<String, String> inForm(String formId) {
        return field -> field.matches("[A-Za-z][A-Za-z0-9]*") ? formId + ":" + field : null;
    }

    /** Every field named at the top, as a page without inputs for them (a list's filters, a row) wants. */
    public static Function<String, String> atTop() {
        return field -> null;
    }

    /** Runs a step of a form; on refusal says why and answers empty, and the page shows the form again as typed. */
    public static <T> Optional<T> attempt(Function<String, String> clientId, Supplier<T> step) {
        return attempt(clientId, null, step);
    }

    /** As {@link #attempt(Function, Supplier)}, naming a field at the top by its {@code field.…} text in {@code labels}. */
    public static <T> Optional<T> attempt(Function<String, String> clientId, String labels, Supplier<T> step) {
        try {
            return Optional.ofNullable(step.get());
        } catch (Refusal e) {
            refuse(e, clientId, labels);
            return Optional.empty();
        }
    }

    /**
     * Shows a refusal; {@code clientId} gives the component next to which a field's message goes (null: at the top,
     * after the field's name). Anything that is not a refusal is thrown on.
     */
    public static void refuse(RuntimeException e, Function<String, String> clientId) {
        refuse(e, clientId, null);
    }

    /** As {@link #refuse(RuntimeException, Function)}, naming a field at the top by its {@code field.…} text in {@code labels}. */
    public static void refuse(RuntimeException e, Function<String, String> clientId, String labels) {
        Messages m = messages();
        if (e instanceof InvalidInput invalid) {
            for (FieldError f : invalid.errors()) {
                String id = clientId.apply(f.field());
                add(
                        id,
                        FacesMessage.SEVERITY_ERROR,
                        id == null ? label(m, labels, f.field()) + "：" + m.get(f) : m.get(f));
            }
        } else if (e instanceof Refusal refusal) {
            add(null, FacesMessage.SEVERITY_ERROR, refusal.message(m));
        } else {
            throw e;
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** {@code field.submittedOn} of {@code labels} (报送日期) when it has one, else the field as named. */
    private static String label(Messages m, String labels, String field) {
        if (labels == null) {
            return field;
        }
        String key = "field." + field;
        String label = m.get(labels, key);
        return label.equals(key) ? field : label;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
