package cn.gov.baotou.talent.rareearth.web.boundary;

import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import java.util.HashMap;
import java.util.Map;

/** The texts core's timeline shows for a case type's action and state codes, in the page's language. */
public final class TimelineLabels {

    private TimelineLabels() {}

    /** Each code's text from keys {@code prefix.action.CODE} and {@code prefix.status.CODE} of this module's bundle. */
    public static Map<String, String> of(String prefix, Enum<?>[] actions, Enum<?>[] states) {
        Map<String, String> labels = new HashMap<>();
        for (Enum<?> a : actions) {
            labels.put(a.name(), text(prefix + ".action." + a.name()));
        }
        for (Enum<?> s : states) {
            labels.put(s.name(), text(prefix + ".status." + s.name()));
        }
        return labels;
    }

    private static String text(String key) {
        return PageReplies.messages().get(RareEarthMessages.BUNDLE, key);
    }
}
