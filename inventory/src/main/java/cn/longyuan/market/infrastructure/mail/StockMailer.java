package cn.longyuan.market.infrastructure.mail;

import cn.longyuan.market.application.shared.MailMessage;
import cn.longyuan.market.application.stock.LowStockMail;
import cn.longyuan.market.application.stock.StockService;
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
 * Tells a cooperative's managers by mail that a product fell below its low-stock threshold, once the sale or
 * write-off that crossed it has committed (a rolled-back sale crossed nothing), on a managed executor's thread.
 */
@ApplicationScoped
public class StockMailer {

    private static final Logger LOG = Logger.getLogger(StockMailer.class.getName());

    @Inject
    private Mailer mailer;

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL", defaultValue = "http://localhost:8080")
    private String baseUrl;

    @Resource
    private ManagedExecutorService executor;

    void lowStock(@Observes(during = TransactionPhase.AFTER_SUCCESS) StockService.LowStockCrossed crossed) {
        for (MailMessage message : LowStockMail.messages(crossed, baseUrl)) {
            try {
                executor.execute(() -> {
                    try {
                        mailer.send(message);
                    } catch (Exception | LinkageError failure) {
                        LOG.log(Level.WARNING, "The low-stock mail was not sent", failure);
                    }
                });
            } catch (RuntimeException rejected) {
                LOG.log(Level.WARNING, "The low-stock mail could not be queued", rejected);
            }
        }
    }
}
