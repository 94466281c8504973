package cn.longyuan.market.application.payment;

import java.util.Optional;

/**
 * An online payment provider, as the services need it: make a payment intent for an order, give money back,
 * and tell a genuine webhook event from a forged or stale one. Calls that reach the provider throw
 * {@link PaymentGatewayException} when it refuses, fails or does not answer in time.
 */
public interface PaymentGateway {

    /** Whether online payment is configured here (a secret key); when not, only offline payment is offered. */
    boolean isAvailable();

    /** The key the browser uses to mount the provider's payment form. */
    Optional<String> publishableKey();

    /** The provider's name as payments record it, e.g. "STRIPE". */
    String provider();

    /**
     * Makes (or, for the same idempotency key, finds again) a payment intent for an amount in fen.
     */
    Intent createIntent(IntentRequest request);

    /** Gives back part or all of what a payment intent received. */
    RefundReceipt refund(String intentId, long amountFen, String idempotencyKey, String reason);

    /**
     * Checks a webhook's signature on its raw body and reads the event; throws {@link WebhookRejectedException}
     * for a missing, forged or stale signature or a body that is not an event.
     */
    WebhookEvent readWebhook(String payload, String signatureHeader);

    record IntentRequest(String orderNumber, long amountFen, String currency, String idempotencyKey) {}

    record Intent(String id, String clientSecret, String status, long amountFen, String currency) {}

    record RefundReceipt(String id, String status, long amountFen) {}

    /**
     * A payment intent event: its id and type, and the intent as the event carries it (amount received,
     * currency, status, the order number put in its metadata, the last error if any).
     */
    record WebhookEvent(
            String id,
            String type,
            String intentId,
            long amountFen,
            long amountReceivedFen,
            String currency,
            String intentStatus,
            String orderNumber,
            String failureMessage) {}
}
