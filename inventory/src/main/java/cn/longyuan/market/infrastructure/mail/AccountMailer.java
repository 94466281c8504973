package cn.longyuan.market.infrastructure.mail;

import cn.longyuan.market.application.buyers.AccountMail;
import cn.longyuan.market.application.buyers.PasswordResetRequested;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a password-reset link once its request has committed (a link whose hash was not stored would open
 * nothing), on a managed executor's thread: the page answers at once and alike whether or not a mail goes out.
 */
@ApplicationScoped
public class AccountMailer {

    private static final Logger LOG = Logger.getLogger(AccountMailer.class.getName());

    @Inject
    private Mailer mailer;

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL", defaultValue = "http://localhost:8080")
    private String baseUrl;

    @Resource
    private ManagedExecutorService executor;

    void resetRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordResetRequested request) {
        try {
            executor.execute(() -> {
                try {
                    mailer.send(AccountMail.passwordReset(request, baseUrl));
                } catch (Exception | LinkageError failure) {
                    LOG.log(Level.WARNING, "The password-reset mail was not sent", failure);
                }
            });
        } catch (RuntimeException rejected) {
            LOG.log(Level.WARNING, "The password-reset mail could not be queued", rejected);
        }
    }
}
