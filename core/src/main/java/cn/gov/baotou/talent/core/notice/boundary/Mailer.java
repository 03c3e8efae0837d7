package cn.gov.baotou.talent.core.notice.boundary;

import cn.gov.baotou.talent.core.notice.control.MailSettings;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.notice.entity.Notifications;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail beside the in-platform notices (站内通知), for any module, where the platform has a mail server
 * ({@link MailSettings}): a mail goes out only after the transaction that caused it commits — never for a change
 * rolled back — and on a managed thread, so a slow or refusing server neither delays nor undoes the decision; a
 * failure is logged. Without a configured host nothing is sent, which is logged once, when the mailer is first used.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "talent.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "talent.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "talent.mail.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "talent.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "talent.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "talent.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "talent.mail.link-base")
    Optional<String> linkBase;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    private MailSettings settings;

    public Mailer() {}

    /**
     * For use outside the container (tests): these settings (null: none configured), the audience's addresses from
     * {@code notifications}, mails held until {@code transactions}' transaction commits (sent at once when null or
     * when none is active) and sent on the calling thread.
     */
    public Mailer(
            MailSettings settings,
            Notifications notifications,
            TransactionSynchronizationRegistry transactions,
            Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.notifications = notifications;
        this.transactions = transactions;
    }

    @PostConstruct
    void configure() {
        settings = MailSettings.of(host, port, from, user, password, startTls, linkBase)
                .orElse(null);
        LOG.info(
                settings == null
                        ? "no mail server is configured (TALENT_MAIL_HOST): notices are given in the platform only"
                        : "notices of decisions are also e-mailed through " + settings);
    }

    public boolean configured() {
        return settings != null;
    }

    /**
     * Mails the enabled accounts of the audience that have an address, once the caller's transaction commits; returns
     * how many addresses were queued (0 without a mail server).
     */
    public int mail(Audience to, String subject, String body, String link) {
        if (!configured()) {
            return 0;
        }
        List<String> addresses = notifications.addresses(to);
        mail(addresses, subject, body, link);
        return addresses.size();
    }

    /** Mails each address its own copy, once the caller's transaction commits. */
    public void mail(List<String> to, String subject, String body, String link) {
        if (!configured()) {
            return;
        }
        if (to.isEmpty()) {
            return;
        }
        List<String> addresses = List.copyOf(to);
        String text = settings.link(link) == null ? body : body + "\n\n" + settings.link(link);
        Runnable send = () -> send(addresses, subject, text);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing is sent before the outcome is known
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        dispatch(send);
                    }
                }
            });
        } else {
            dispatch(send);
        }
    }

    /** Sends now, one message per address; returns how many the server accepted, logging each it did not. */
    int send(List<String> to, String subject, String text) {
        Session session = settings.session();
        int sent = 0;
        for (String address : to) {
            try {
                MimeMessage m = new MimeMessage(session);
                m.setFrom(new InternetAddress(settings.from()));
                m.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
                m.setSubject(subject, StandardCharsets.UTF_8.name());
                m.setText(text, StandardCharsets.UTF_8.name());
                m.setSentDate(Date.from(clock.instant()));
                Transport.send(m);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "e-mail to " + address + " was not sent (the notice in the platform stands)", e);
            }
        }
        return sent;
    }

    private void dispatch(Runnable send) {
        if (executor == null) {
            send.run();
            return;
        }
        try {
            executor.execute(send);
        } catch (RejectedExecutionException e) {
            send.run();
        }
    }
}
