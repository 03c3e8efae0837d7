package cn.gov.baotou.talent.core.refusal;

import java.util.List;

/** An RFC 9457 problem detail, with the refused fields when the input was bad. */
public record Problem(
        String type, String title, int status, String detail, String instance, List<ProblemField> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One refused field as the caller reads it. */
    public record ProblemField(String field, String rule, String message) {}
}
