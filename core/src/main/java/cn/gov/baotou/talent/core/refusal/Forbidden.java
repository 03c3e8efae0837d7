package cn.gov.baotou.talent.core.refusal;

/** The caller's role may not do this at all (a record outside its scope is {@link NotFound} instead). */
public class Forbidden extends Refusal {

    public Forbidden(String action) {
        super("forbidden: " + action);
    }

    @Override
    public String message(Messages messages) {
        return messages.get("problem.forbidden.detail");
    }
}
