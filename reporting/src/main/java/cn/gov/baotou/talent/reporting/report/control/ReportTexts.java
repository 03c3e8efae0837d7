package cn.gov.baotou.talent.reporting.report.control;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Messages;
import java.util.List;
import java.util.Locale;

/** The reports' texts, from this component's bundle: Simplified Chinese unless the reader asked for English. */
public final class ReportTexts {

    public static final String BUNDLE = "cn.gov.baotou.talent.reporting.report.messages";

    private final Messages messages;

    private ReportTexts(Messages messages) {
        this.messages = messages;
    }

    public static ReportTexts in(String language) {
        return new ReportTexts(Messages.in("en".equals(language) ? Locale.ENGLISH : Messages.CHINESE));
    }

    public String get(String key, Object... arguments) {
        return messages.get(BUNDLE, key, arguments);
    }

    /** A refused field explained by a text of this bundle. */
    public static FieldError error(String field, String key, Object... arguments) {
        return new FieldError(field, BUNDLE, key, List.of(arguments));
    }

    /** 一、二、…十、十一 for chapters; 1. 2. in English. */
    public static String chapter(int n, String language) {
        return "en".equals(language) ? n + ". " : chinese(n) + "、";
    }

    /** （一）（二）… for sections; 1.1 1.2 in English. */
    public static String section(int chapter, int n, String language) {
        return "en".equals(language) ? chapter + "." + n + " " : "（" + chinese(n) + "）";
    }

    static String chinese(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        }
        if (n < 100) {
            return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        }
        return String.valueOf(n);
    }
}
