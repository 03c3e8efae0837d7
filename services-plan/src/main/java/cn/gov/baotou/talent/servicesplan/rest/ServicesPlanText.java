package cn.gov.baotou.talent.servicesplan.rest;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.refusal.Messages;
import java.util.List;

/** The plan's message bundle, and field errors and message arguments drawn from it. */
public final class ServicesPlanText {

    public static final String BUNDLE = "cn.gov.baotou.talent.servicesplan.messages";

    private ServicesPlanText() {}

    /** A refused field explained by the plan's bundle. */
    public static FieldError error(String field, String key, Object... arguments) {
        return new FieldError(field, BUNDLE, key, List.of(arguments));
    }

    /** A text of the plan's bundle in Chinese, as stored in activity entries and notices. */
    public static String text(String key, Object... arguments) {
        return Messages.in(Messages.CHINESE).get(BUNDLE, key, arguments);
    }

    /** A text of the plan's bundle used as an argument of another (a state, an action, a module). */
    public static MessageRef ref(String key) {
        return new MessageRef(BUNDLE, key);
    }
}
