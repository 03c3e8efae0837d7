package cn.gov.baotou.talent.intake.report.control;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import java.util.Locale;

/** A text of intake's bundle in Chinese and in English: a report's titles and headers carry both. */
record Bilingual(String zh, String en) {

    private static final Messages CHINESE = Messages.in(Messages.CHINESE);
    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);

    static Bilingual of(String key, Object... arguments) {
        return new Bilingual(
                CHINESE.get(IntakeEligibility.BUNDLE, key, arguments),
                ENGLISH.get(IntakeEligibility.BUNDLE, key, arguments));
    }

    /** A cell's text: the report's cells are in Chinese, the language of the names and reasons they sit beside. */
    static String cell(String key) {
        return CHINESE.get(IntakeEligibility.BUNDLE, key);
    }
}
