package cn.gov.baotou.talent.core.rest;

/** The request is well formed but clashes with what exists (a credit code already registered, …): 409. */
public class Conflict extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public Conflict(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
