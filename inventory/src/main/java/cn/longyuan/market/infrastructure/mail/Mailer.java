package cn.longyuan.market.infrastructure.mail;

import cn.longyuan.market.application.shared.MailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a plain-text UTF-8 mail through the SMTP server of {@code SMTP_HOST} / {@code SMTP_PORT} (with
 * {@code SMTP_USER} / {@code SMTP_PASSWORD} when set, from {@code MAIL_FROM}); with no {@code SMTP_HOST} the mail
 * is written to the log instead, so that a local run or a demo needs no mail server.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    static final String DEFAULT_FROM = "no-reply@longyuan-market.local";

    /** Where mail goes; an empty host means "log it". */
    public record Settings(
            Optional<String> host, int port, Optional<String> user, Optional<String> password, String from) {

        public static Settings logOnly() {
            return new Settings(Optional.empty(), 25, Optional.empty(), Optional.empty(), DEFAULT_FROM);
        }
    }

    private Settings settings;

    protected Mailer() {
        // for CDI proxies
    }

    @Inject
    public Mailer(
            @ConfigProperty(name = "SMTP_HOST") Optional<String> host,
            @ConfigProperty(name = "SMTP_PORT") Optional<Integer> port,
            @ConfigProperty(name = "SMTP_USER") Optional<String> user,
            @ConfigProperty(name = "SMTP_PASSWORD") Optional<String> password,
            @ConfigProperty(name = "MAIL_FROM") Optional<String> from) {
        this(new Settings(
                host.filter(h -> !h.isBlank()),
                port.orElse(25),
                user.filter(u -> !u.isBlank()),
                password,
                from.filter(f -> !f.isBlank()).orElse(DEFAULT_FROM)));
    }

    public Mailer(Settings settings) {
        this.settings = settings;
    }

    /** Sends the mail, or logs it when no SMTP server is configured; a failure to send is thrown. */
    public void send(MailMessage message) throws MessagingException {
        if (settings.host().isEmpty()) {
            LOG.info(() -> "Mail not sent (no SMTP_HOST) to " + message.to() + ": " + message.subject() + "\n"
                    + message.body());
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host().get());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        Authenticator authenticator = null;
        if (settings.user().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            properties.put("mail.smtp.starttls.enable", "true");
            String user = settings.user().get();
            String password = settings.password().orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        Session session = Session.getInstance(properties, authenticator);
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.from()));
        mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.to()));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setText(message.body(), "UTF-8");
        mime.setSentDate(Date.from(Instant.now()));
        Transport.send(mime);
        LOG.log(Level.FINE, "Mail sent to {0}: {1}", new Object[] {message.to(), message.subject()});
    }
}
