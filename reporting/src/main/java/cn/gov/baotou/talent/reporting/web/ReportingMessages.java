package cn.gov.baotou.talent.reporting.web;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import java.util.List;

/** This module's bundle and references to its texts. */
public final class ReportingMessages {

    public static final String BUNDLE = "cn.gov.baotou.talent.reporting.messages";

    private ReportingMessages() {}

    public static MessageRef ref(String key) {
        return new MessageRef(BUNDLE, key);
    }

    /** A refused field explained by a text of this bundle. */
    public static FieldError error(String field, String key, Object... arguments) {
        return new FieldError(field, BUNDLE, key, List.of(arguments));
    }
}
