package cn.gov.baotou.talent.core.refusal;

/** The request is well formed but clashes with what exists (a credit code already registered, …): 409. */
public class Conflict extends Refusal {

    private final String bundle;
    private final String messageKey;
    private final transient Object[] arguments;

    /** A clash explained by core's bundle. */
    public Conflict(String messageKey, Object... arguments) {
        this(new MessageRef(Messages.CORE, messageKey), arguments);
    }

    /** A clash explained by a module's own text ({@code message} names its bundle and key). */
    public Conflict(MessageRef message, Object... arguments) {
        super(message.key());
        this.bundle = message.bundle();
        this.messageKey = message.key();
        this.arguments = arguments;
    }

    public String bundle() {
        return bundle;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }

    @Override
    public String message(Messages messages) {
        return messages.get(bundle, messageKey, arguments);
    }
}
