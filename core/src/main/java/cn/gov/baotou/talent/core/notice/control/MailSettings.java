package cn.gov.baotou.talent.core.notice.control;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;

/**
 * The mail server the platform sends through, from its configuration (TALENT_MAIL_HOST, _PORT, _FROM, _USER,
 * _PASSWORD, _STARTTLS, _LINK_BASE): plain SMTP by default, authenticated when a user is given. {@code linkBase}
 * (e.g. {@code https://talent.example.gov.cn}) makes the platform's links in a mail absolute.
 */
public record MailSettings(
        String host, int port, String from, String user, String password, boolean startTls, String linkBase) {

    /** How long a connection, a read or a write may take before the mail is given up (and logged). */
    static final String TIMEOUT_MS = "10000";

    /** The settings, or none when no host is configured; the sender defaults to noreply at the host. */
    public static Optional<MailSettings> of(
            Optional<String> host,
            int port,
            Optional<String> from,
            Optional<String> user,
            Optional<String> password,
            boolean startTls,
            Optional<String> linkBase) {
        return host.map(String::strip)
                .filter(h -> !h.isEmpty())
                .map(h -> new MailSettings(
                        h,
                        port,
                        from.map(String::strip).filter(f -> !f.isEmpty()).orElse("noreply@" + h),
                        user.map(String::strip).filter(u -> !u.isEmpty()).orElse(null),
                        password.orElse(null),
                        startTls,
                        linkBase.map(String::strip)
                                .map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b)
                                .orElse(null)));
    }

    public Session session() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.put("mail.smtp.timeout", TIMEOUT_MS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MS);
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.starttls.required", String.valueOf(startTls));
        if (user == null) {
            return Session.getInstance(p);
        }
        p.put("mail.smtp.auth", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password == null ? "" : password);
            }
        });
    }

    /** A link of the platform as the mail shows it: absolute when a base is configured, else the path itself. */
    public String link(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        return linkBase == null || path.startsWith("http") ? path : linkBase + path;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "smtp://" + (user == null ? "" : user + "@") + host + ":" + port + (startTls ? " (STARTTLS)" : "")
                + " from " + from;
    }
}
