package cn.gov.baotou.talent.intake.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.intake.demand.control.DemandAction;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.DemandStatus;
import cn.gov.baotou.talent.intake.recruitment.entity.CandidateStatus;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text of the demands, the catalog and recruitment exists in Chinese and English and is a valid pattern. */
class DemandMessagesTest {

    static final String[] PREFIXES = {"demand.", "demands.", "catalog.", "recruitment.", "nav."};

    @Test
    void everyKeyIsInBothLanguagesAndIsAPatternMessageFormatReads() {
        Set<String> chinese = keys(Messages.CHINESE);
        assertThat(chinese).hasSizeGreaterThan(150).isEqualTo(keys(Locale.ENGLISH));
        for (Locale locale : new Locale[] {Messages.CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(DemandWorkflow.BUNDLE, locale);
            for (String key : chinese) {
                assertThatCode(() -> new MessageFormat(bundle.getString(key), locale))
                        .as("%s (%s)", key, locale)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aTextWithoutArgumentsShowsNoDoubledQuoteAndOneWithArgumentsFormatsWithTexts() {
        for (Locale locale : new Locale[] {Messages.CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(DemandWorkflow.BUNDLE, locale);
            for (String key : keys(locale)) {
                String text = bundle.getString(key);
                if (text.contains("{0}")) {
                    assertThat(new MessageFormat(text).format(new Object[] {"a", "b", "c", "d"}))
                            .as(key)
                            .doesNotContain("{0}");
                } else {
                    assertThat(text).as(key).doesNotContain("''");
                }
            }
        }
    }

    @Test
    void everyStateActionAndCandidateStatusHasItsText() {
        Set<String> keys = keys(Messages.CHINESE);
        for (DemandStatus s : DemandStatus.values()) {
            assertThat(keys).contains("demand.status." + s.name());
        }
        for (DemandAction a : DemandAction.values()) {
            assertThat(keys)
                    .contains("demand.action." + a.code(), "demand.done." + a.code(), "demand.notice." + a.code());
        }
        for (CandidateStatus s : CandidateStatus.values()) {
            assertThat(keys).contains("recruitment.status." + s.name());
        }
    }

    @Test
    void aRefusedStepNamesTheActionAndTheStateInTheReadersLanguage() {
        assertThat(Messages.in(Messages.CHINESE)
                        .get(
                                DemandWorkflow.BUNDLE,
                                "demand.transition.notFrom",
                                new MessageRef(DemandWorkflow.BUNDLE, "demand.action.publish"),
                                new MessageRef(DemandWorkflow.BUNDLE, "demand.status.CLOSED")))
                .isEqualTo("“已关闭”状态的岗位需求不能审核发布");
        assertThat(Messages.in(Locale.ENGLISH).get(DemandWorkflow.BUNDLE, "catalog.total", 1234))
                .isEqualTo("1234 demands");
    }

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(DemandWorkflow.BUNDLE, locale);
        Set<String> keys = new TreeSet<>();
        for (String k : bundle.keySet()) {
            for (String p : PREFIXES) {
                if (k.startsWith(p)) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }
}
