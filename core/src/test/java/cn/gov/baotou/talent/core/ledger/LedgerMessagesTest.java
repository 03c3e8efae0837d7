package cn.gov.baotou.talent.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.gov.baotou.talent.core.refusal.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every ledger text exists in Chinese and English, and every pattern is one MessageFormat reads. */
class LedgerMessagesTest {

    @Test
    void everyLedgerKeyIsInBothLanguagesAndIsAPatternMessageFormatReads() {
        Set<String> chinese = keys(Messages.CHINESE);
        assertThat(chinese).hasSizeGreaterThan(40).isEqualTo(keys(Locale.ENGLISH));
        for (Locale locale : new Locale[] {Messages.CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.CORE, locale);
            for (String key : chinese) {
                assertThatCode(() -> new MessageFormat(bundle.getString(key), locale))
                        .as("%s (%s)", key, locale)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aFinanceIsNamedByItsLevelInEitherLanguage() {
        assertThat(Messages.in(Messages.CHINESE)
                        .get(Messages.CORE, "ledger.payment.sharePaid", "12", 1, "100000.00", "2024-10-16", "B-1"))
                .isEqualTo("属地财政份额已经拨付（拨付记录第 12 号：100000.00 元，2024-10-16 拨付，凭证 B-1），不能重复拨付");
        assertThat(Messages.in(Locale.ENGLISH).get(Messages.CORE, "ledger.payment.noShare", 0))
                .isEqualTo("This grant has no city finance share");
    }

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.CORE, locale);
        Set<String> keys = new TreeSet<>();
        for (String k : bundle.keySet()) {
            if (k.startsWith("ledger.")) {
                keys.add(k);
            }
        }
        return keys;
    }
}
