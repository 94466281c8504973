package cn.longyuan.market.infrastructure.mail;

import cn.longyuan.market.application.ordering.OrderMails;
import cn.longyuan.market.application.ordering.OrderPlaced;
import cn.longyuan.market.application.ordering.OrderShipped;
import cn.longyuan.market.application.shared.MailMessage;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends an order's e-mails once the order's transaction has committed (an order that rolled back sends
 * nothing), on a managed executor's thread: a slow or failing mail server never delays, fails or rolls back an
 * order — a failure is logged and the order stands.
 */
@ApplicationScoped
public class OrderMailer {

    private static final Logger LOG = Logger.getLogger(OrderMailer.class.getName());

    @Inject
    private OrderMails mails;

    @Inject
    private Mailer mailer;

    @Resource
    private ManagedExecutorService executor;

    void placed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderPlaced placed) {
        if (!placed.hasEmail()) {
            return;
        }
        sendLater(
                "confirmation of order " + placed.orderId(),
                () -> mails.confirmation(placed.orderId(), placed.accessToken()));
    }

    void shipped(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderShipped shipped) {
        sendLater("shipment of order " + shipped.orderId(), () -> mails.shipment(shipped));
    }

    private void sendLater(String what, Supplier<Optional<MailMessage>> compose) {
        try {
            executor.execute(() -> {
                try {
                    Optional<MailMessage> message = compose.get();
                    if (message.isEmpty()) {
                        LOG.fine(() -> "No e-mail address for the " + what + ": no mail");
                        return;
                    }
                    mailer.send(message.get());
                } catch (Exception | LinkageError failure) {
                    LOG.log(Level.WARNING, "The e-mail for the " + what + " was not sent; the order stands", failure);
                }
            });
        } catch (RuntimeException rejected) {
            LOG.log(Level.WARNING, "The e-mail for the " + what + " could not be queued; the order stands", rejected);
        }
    }
}
