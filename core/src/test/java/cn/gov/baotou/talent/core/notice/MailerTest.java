package cn.gov.baotou.talent.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.notice.boundary.Mailer;
import cn.gov.baotou.talent.core.notice.control.MailSettings;
import cn.gov.baotou.talent.core.testing.SmtpServer;
import cn.gov.baotou.talent.core.testing.TestClock;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Mailer against a tiny SMTP server of the test's own: a mail leaves only after the transaction commits, in UTF-8
 * with the platform's link; a rolled-back change mails nothing; a refusing or absent server is logged and throws
 * nothing at the decision; without a host nothing is sent.
 */
class MailerTest {

    private SmtpServer smtp;
    private Transaction tx;

    @BeforeEach
    void start() throws IOException {
        smtp = new SmtpServer();
        tx = new Transaction();
    }

    @AfterEach
    void stop() throws IOException {
        smtp.close();
    }

    @Test
    void aMailLeavesOnlyAfterTheTransactionCommitsInChineseWithTheLink() throws Exception {
        Mailer mailer = new Mailer(settings(smtp.port()), null, tx, TestClock.CLOCK);
        mailer.mail(
                List.of("kundulun@example.cn", "catalyst@example.cn"),
                "推荐结果：包头示范稀土催化材料有限公司",
                "王志远 入选。",
                "/services-plan/nominations.xhtml?id=7");
        assertThat(smtp.messages()).isEmpty();

        tx.complete(Status.STATUS_COMMITTED);

        assertThat(smtp.recipients()).containsExactly("<kundulun@example.cn>", "<catalyst@example.cn>");
        MimeMessage m = new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(smtp.messages().get(0).getBytes(StandardCharsets.UTF_8)));
        assertThat(m.getSubject()).isEqualTo("推荐结果：包头示范稀土催化材料有限公司");
        assertThat(m.getFrom()[0].toString()).isEqualTo("talent@example.cn");
        assertThat((String) m.getContent())
                .contains("王志远 入选。")
                .contains("https://talent.example.cn/services-plan/nominations.xhtml?id=7");
    }

    @Test
    void aChangeRolledBackMailsNothing() {
        new Mailer(settings(smtp.port()), null, tx, TestClock.CLOCK).mail(List.of("city@example.cn"), "结果", "正文", null);
        tx.complete(Status.STATUS_ROLLEDBACK);
        assertThat(smtp.messages()).isEmpty();
    }

    @Test
    void withoutATransactionTheMailLeavesAtOnce() {
        new Mailer(settings(smtp.port()), null, null, TestClock.CLOCK)
                .mail(List.of("city@example.cn"), "结果", "正文", null);
        assertThat(smtp.messages()).hasSize(1);
    }

    @Test
    void aServerThatIsNotThereIsLoggedAndTheDecisionStands() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Mailer mailer = new Mailer(settings(closed), null, tx, TestClock.CLOCK);
        mailer.mail(List.of("city@example.cn"), "结果", "正文", null);
        tx.complete(Status.STATUS_COMMITTED);
        assertThat(smtp.messages()).isEmpty();
    }

    @Test
    void aRecipientTheServerRefusesDoesNotStopTheOthers() {
        smtp.refuse("nobody@example.cn");
        new Mailer(settings(smtp.port()), null, null, TestClock.CLOCK)
                .mail(List.of("nobody@example.cn", "city@example.cn"), "结果", "正文", null);
        assertThat(smtp.recipients()).containsExactly("<city@example.cn>");
        assertThat(smtp.messages()).hasSize(1);
    }

    @Test
    void withoutAHostNothingIsConfiguredAndNothingSent() {
        Optional<MailSettings> none = MailSettings.of(
                Optional.of("  "), 25, Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
        assertThat(none).isEmpty();
        Mailer mailer = new Mailer(null, null, tx, TestClock.CLOCK);
        assertThat(mailer.configured()).isFalse();
        mailer.mail(List.of("city@example.cn"), "结果", "正文", null);
        tx.complete(Status.STATUS_COMMITTED);
        assertThat(tx.registered).isEmpty();
        assertThat(smtp.messages()).isEmpty();
    }

    @Test
    void theSenderDefaultsToTheHostAndThePasswordIsNeverPrinted() {
        MailSettings s = MailSettings.of(
                        Optional.of("mail.example.cn"),
                        587,
                        Optional.empty(),
                        Optional.of("talent"),
                        Optional.of("secret"),
                        true,
                        Optional.of("https://talent.example.cn/"))
                .orElseThrow();
        assertThat(s.from()).isEqualTo("noreply@mail.example.cn");
        assertThat(s.link("/core/workbench.xhtml")).isEqualTo("https://talent.example.cn/core/workbench.xhtml");
        assertThat(s.toString()).doesNotContain("secret").contains("mail.example.cn:587");
    }

    private static MailSettings settings(int port) {
        return MailSettings.of(
                        Optional.of("127.0.0.1"),
                        port,
                        Optional.of("talent@example.cn"),
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        Optional.of("https://talent.example.cn"))
                .orElseThrow();
    }

    /** The one transaction of a test: its status, and the synchronizations told when it completes. */
    static final class Transaction implements TransactionSynchronizationRegistry {

        final List<Synchronization> registered = new ArrayList<>();
        private int status = Status.STATUS_ACTIVE;

        void complete(int outcome) {
            status = outcome;
            registered.forEach(s -> s.afterCompletion(outcome));
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {}

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void setRollbackOnly() {}

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
