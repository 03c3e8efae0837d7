package cn.gov.baotou.talent.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The texts of documents, audit and calendar editing in both languages, and the URLs that need a signed-in caller. */
class DocumentAndAuditSetupTest {

    static final List<String> KEYS = List.of(
            "document.file.required",
            "document.file.empty",
            "document.file.tooLarge",
            "document.file.type",
            "document.file.unreadable",
            "document.kind.unknown",
            "document.enterprise.unknown",
            "document.district.notYours",
            "document.district.notTheEnterprises",
            "document.notFound",
            "audit.type.notFound",
            "audit.record.notFound",
            "activity.reason.tooLong",
            "calendar.notice.yearMismatch",
            "history.title",
            "history.kind.ADD",
            "history.kind.MODIFY",
            "history.kind.DELETE",
            "timeline.empty",
            "timeline.reason",
            "timeline.document",
            "calendarAdmin.title",
            "calendarAdmin.entered");

    @Test
    void everyTextIsInChineseAndEnglish() {
        for (Locale l : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            assertThat(ResourceBundle.getBundle(Messages.CORE, l).keySet())
                    .as("%s", l)
                    .containsAll(KEYS);
        }
    }

    @Test
    void refusalsNameTheirRule() {
        FieldError tooLarge = FieldError.of("file", "document.file.tooLarge", "10 MiB");
        assertThat(Messages.in(Messages.CHINESE).get(tooLarge)).isEqualTo("文件超过大小上限 10 MiB");
        assertThat(Messages.in(Locale.ENGLISH).get(tooLarge)).isEqualTo("The file is larger than the limit of 10 MiB");
        assertThat(Messages.in(Messages.CHINESE).get(FieldError.of("file", "document.file.type")))
                .contains("PDF、JPEG、PNG")
                .contains("按文件内容识别");
        assertThat(Messages.in(Locale.ENGLISH).get(FieldError.of("enterpriseId", "document.enterprise.unknown", "7")))
                .isEqualTo("There is no enterprise 7, or it is outside the scope of this account");
    }

    @Test
    void documentsNeedASignedInCallerAndHistoryAndCalendarEditingTheCityOffice() throws IOException {
        String fragment;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/web-fragment.xml")) {
            fragment = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String signedIn = section(fragment, "signed-in");
        assertThat(signedIn).contains("<url-pattern>/api/v1/documents/*</url-pattern>", "<role-name>**</role-name>");
        String city = section(fragment, "city office administration");
        assertThat(city)
                .contains("<url-pattern>/api/v1/audit/*</url-pattern>", "<url-pattern>/core/admin/*</url-pattern>")
                .contains("<role-name>CITY_OFFICE</role-name>");
        String calendar = section(fragment, "calendar editing");
        assertThat(calendar)
                .contains("<url-pattern>/api/v1/calendar/*</url-pattern>", "<http-method>PUT</http-method>")
                .doesNotContain("<http-method>GET</http-method>")
                .contains("<role-name>CITY_OFFICE</role-name>");
    }

    private static String section(String fragment, String name) {
        int at = fragment.indexOf("<web-resource-name>" + name + "</web-resource-name>");
        assertThat(at).as(name).isNotNegative();
        return fragment.substring(at, fragment.indexOf("</security-constraint>", at));
    }
}
