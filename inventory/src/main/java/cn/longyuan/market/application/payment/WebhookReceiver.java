package cn.longyuan.market.application.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives a webhook delivery: checks its signature on the raw body before anything else (a forged or stale
 * one changes nothing), then lets {@link PaymentEvents} apply it in a transaction. A concurrent second
 * delivery of the same event fails on the event's key and is answered as the duplicate it is.
 */
@ApplicationScoped
public class WebhookReceiver {

    private static final Logger LOG = Logger.getLogger(WebhookReceiver.class.getName());

    public enum Answer {
        /** the event took effect now */
        TAKEN,
        /** the event had taken effect before */
        DUPLICATE,
        /** the signature or body is not a genuine, fresh event: nothing changed */
        REJECTED,
        /** the provider was needed and failed: nothing changed, the provider's next delivery tries again */
        RETRY_LATER
    }

    public record Result(Answer answer, String message) {}

    private PaymentGateway gateway;
    private PaymentEvents events;

    protected WebhookReceiver() {
        // for CDI proxies
    }

    @Inject
    public WebhookReceiver(PaymentGateway gateway, PaymentEvents events) {
        this.gateway = gateway;
        this.events = events;
    }

    public Result receive(String payload, String signatureHeader) {
        PaymentGateway.WebhookEvent event;
        try {
            event = gateway.readWebhook(payload, signatureHeader);
        } catch (WebhookRejectedException e) {
            LOG.log(Level.WARNING, "webhook refused: {0}", e.getMessage());
            return new Result(Answer.REJECTED, "Webhook refused: " + e.getMessage());
        }
        if (event.id() == null || event.type() == null) {
            return new Result(Answer.REJECTED, "Webhook refused: an event has an id and a type.");
        }
        try {
            PaymentEvents.Outcome outcome = events.apply(event);
            return new Result(outcome.duplicate() ? Answer.DUPLICATE : Answer.TAKEN, outcome.text());
        } catch (PaymentGatewayException e) {
            LOG.log(Level.WARNING, "event {0} needs the payment provider, which failed: {1}", new Object[] {
                event.id(), e.getMessage()
            });
            return new Result(Answer.RETRY_LATER, "The payment provider could not be reached; nothing changed.");
        } catch (RuntimeException e) {
            if (events.isRecorded(event.id())) {
                return new Result(Answer.DUPLICATE, "already received");
            }
            throw e;
        }
    }
}
