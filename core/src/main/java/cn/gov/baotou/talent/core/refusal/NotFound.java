package cn.gov.baotou.talent.core.refusal;

/**
 * A record that does not exist, or that the caller may not see: the two are answered alike (404) so that existence
 * is not revealed.
 */
public class NotFound extends Refusal {

    private final String bundle;
    private final String messageKey;
    private final Object id;

    /** A missing record named by core's bundle. */
    public NotFound(String messageKey, Object id) {
        this(new MessageRef(Messages.CORE, messageKey), id);
    }

    /** A missing record named by a module's own text ({@code message} names its bundle and key). */
    public NotFound(MessageRef message, Object id) {
        super(message.key() + ": " + id);
        this.bundle = message.bundle();
        this.messageKey = message.key();
        this.id = id;
    }

    public String bundle() {
        return bundle;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object id() {
        return id;
    }

    @Override
    public String message(Messages messages) {
        return messages.get(bundle, messageKey, id);
    }
}
