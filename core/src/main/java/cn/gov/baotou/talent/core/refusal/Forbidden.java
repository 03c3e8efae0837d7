package cn.gov.baotou.talent.core.refusal;

/** The caller's role may not do this at all (a record outside its scope is {@link NotFound} instead). */
public class Forbidden extends Refusal {

    private final String detailKey;

    public Forbidden(String action) {
        this(action, "problem.forbidden.detail");
    }

    /** Refused with an explanation of its own from core's bundle, where the role alone does not explain it. */
    public Forbidden(String action, String detailKey) {
        super("forbidden: " + action);
        this.detailKey = detailKey;
    }

    public String detailKey() {
        return detailKey;
    }

    @Override
    public String message(Messages messages) {
        return messages.get(detailKey);
    }
}
