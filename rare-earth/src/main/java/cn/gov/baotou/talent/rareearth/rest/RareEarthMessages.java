package cn.gov.baotou.talent.rareearth.rest;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import java.util.List;

/** This module's bundle, {@code messages_zh_CN.properties} first, and references to its texts. */
public final class RareEarthMessages {

    public static final String BUNDLE = "cn.gov.baotou.talent.rareearth.messages";

    private RareEarthMessages() {}

    /** A text of this bundle to pass as a message argument, translated with the message. */
    public static MessageRef ref(String key) {
        return new MessageRef(BUNDLE, key);
    }

    /** A refused field explained by a text of this bundle. */
    public static FieldError error(String field, String key, Object... arguments) {
        return new FieldError(field, BUNDLE, key, List.of(arguments));
    }
}
