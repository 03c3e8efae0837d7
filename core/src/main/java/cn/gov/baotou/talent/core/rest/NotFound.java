package cn.gov.baotou.talent.core.rest;

/**
 * A record that does not exist, or that the caller may not see: the two are answered alike (404) so that existence
 * is not revealed.
 */
public class NotFound extends RuntimeException {

    private final String messageKey;
    private final Object id;

    public NotFound(String messageKey, Object id) {
        super(messageKey + ": " + id);
        this.messageKey = messageKey;
        this.id = id;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object id() {
        return id;
    }
}
