package cn.gov.baotou.talent.core.refusal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts for users from a module's bundle: Simplified Chinese unless the caller asked for English. */
public final class Messages {

    public static final String CORE = "cn.gov.baotou.talent.core.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
    }

    public static Messages in(Locale locale) {
        return new Messages(supported(locale));
    }

    /** English only when asked for; everything else (including no preference) gets Chinese. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    /** The first supported language in an Accept-Language list, else Chinese. */
    public static Locale preferred(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("en".equals(l.getLanguage()) || "zh".equals(l.getLanguage())) {
                return supported(l);
            }
        }
        return CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        return get(CORE, key, arguments);
    }

    public String get(String bundle, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, locale, Messages.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            resolved[i] = arguments[i] instanceof MessageRef r ? get(r.bundle(), r.key()) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    public String get(FieldError error) {
        return get(error.bundle(), error.messageKey(), error.arguments().toArray());
    }
}
