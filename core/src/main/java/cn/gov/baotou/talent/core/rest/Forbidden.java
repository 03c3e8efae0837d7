package cn.gov.baotou.talent.core.rest;

/** The caller's role may not do this at all (a record outside its scope is {@link NotFound} instead). */
public class Forbidden extends RuntimeException {

    public Forbidden(String action) {
        super("forbidden: " + action);
    }
}
