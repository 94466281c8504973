package cn.longyuan.market.infrastructure.payment.stripe;

import cn.longyuan.market.application.payment.PaymentGateway;
import cn.longyuan.market.application.payment.PaymentGatewayException;
import cn.longyuan.market.application.payment.PaymentGatewayException.Kind;
import cn.longyuan.market.application.payment.WebhookRejectedException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Stripe through stripe-java's {@link StripeClient}: one client of its own (API key, base URL, short timeouts)
 * rather than stripe-java's global static settings, so that nothing else in the process can change where it
 * sends money calls. Card, Alipay and WeChat Pay in CNY; webhooks checked with {@link Webhook#constructEvent}
 * and a tolerance of five minutes.
 */
@ApplicationScoped
public class StripeGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(StripeGateway.class.getName());
    public static final long WEBHOOK_TOLERANCE_SECONDS = 300;

    private StripeSettings settings;
    private StripeClient client;
    private Clock clock;

    protected StripeGateway() {
        // for CDI proxies
    }

    @Inject
    public StripeGateway(Config config, Clock clock) {
        this(StripeSettings.from(config), clock);
    }

    public StripeGateway(StripeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = settings.secretKey()
                .map(key -> {
                    StripeClient.StripeClientBuilder builder = StripeClient.builder()
                            .setApiKey(key)
                            .setConnectTimeout((int) settings.connectTimeout().toMillis())
                            .setReadTimeout((int) settings.readTimeout().toMillis())
                            // no silent retries: the buyer (or the back office) retries with the same idempotency key
                            .setMaxNetworkRetries(0);
                    settings.apiBase().ifPresent(builder::setApiBase);
                    return builder.build();
                })
                .orElse(null);
    }

    @Override
    public boolean isAvailable() {
        return client != null;
    }

    @Override
    public Optional<String> publishableKey() {
        return settings.publishableKey();
    }

    @Override
    public String provider() {
        return "STRIPE";
    }

    @Override
    public Intent createIntent(IntentRequest request) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(request.amountFen())
                .setCurrency(request.currency())
                .addPaymentMethodType("card")
                .addPaymentMethodType("alipay")
                .addPaymentMethodType("wechat_pay")
                .setPaymentMethodOptions(PaymentIntentCreateParams.PaymentMethodOptions.builder()
                        .setWechatPay(PaymentIntentCreateParams.PaymentMethodOptions.WechatPay.builder()
                                .setClient(PaymentIntentCreateParams.PaymentMethodOptions.WechatPay.Client.WEB)
                                .build())
                        .build())
                .putMetadata("order_number", request.orderNumber())
                .setDescription("Longyuan Skilled Hands order " + request.orderNumber())
                .build();
        PaymentIntent intent = call(() -> requireClient()
                .paymentIntents()
                .create(
                        params,
                        RequestOptions.builder()
                                .setIdempotencyKey(request.idempotencyKey())
                                .build()));
        return new Intent(
                intent.getId(),
                intent.getClientSecret(),
                intent.getStatus(),
                intent.getAmount() == null ? request.amountFen() : intent.getAmount(),
                intent.getCurrency());
    }

    @Override
    public RefundReceipt refund(String intentId, long amountFen, String idempotencyKey, String reason) {
        RefundCreateParams.Builder params =
                RefundCreateParams.builder().setPaymentIntent(intentId).setAmount(amountFen);
        if (reason != null && !reason.isBlank()) {
            params.putMetadata("reason", reason.length() > 450 ? reason.substring(0, 450) : reason);
        }
        Refund refund = call(() -> requireClient()
                .refunds()
                .create(
                        params.build(),
                        RequestOptions.builder()
                                .setIdempotencyKey(idempotencyKey)
                                .build()));
        return new RefundReceipt(
                refund.getId(), refund.getStatus(), refund.getAmount() == null ? amountFen : refund.getAmount());
    }

    @Override
    public WebhookEvent readWebhook(String payload, String signatureHeader) {
        String secret = settings.webhookSecret()
                .orElseThrow(() -> new WebhookRejectedException("no webhook secret is configured", null));
        if (payload == null || signatureHeader == null || signatureHeader.isBlank()) {
            throw new WebhookRejectedException("missing Stripe-Signature header or body", null);
        }
        try {
            Webhook.constructEvent(payload, signatureHeader, secret, WEBHOOK_TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            throw new WebhookRejectedException("signature does not verify: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new WebhookRejectedException("not a Stripe event", e);
        }
        try {
            // the event's object is read from the signed body itself, whatever API version Stripe sent it in
            JsonObject event = JsonParser.parseString(payload).getAsJsonObject();
            JsonObject object = event.getAsJsonObject("data").getAsJsonObject("object");
            boolean isIntent = "payment_intent".equals(text(object, "object"));
            JsonObject metadata =
                    object.has("metadata") && object.get("metadata").isJsonObject()
                            ? object.getAsJsonObject("metadata")
                            : new JsonObject();
            JsonObject lastError = object.has("last_payment_error")
                            && object.get("last_payment_error").isJsonObject()
                    ? object.getAsJsonObject("last_payment_error")
                    : null;
            return new WebhookEvent(
                    text(event, "id"),
                    text(event, "type"),
                    isIntent ? text(object, "id") : null,
                    number(object, "amount"),
                    number(object, "amount_received"),
                    text(object, "currency"),
                    text(object, "status"),
                    text(metadata, "order_number"),
                    lastError == null ? null : text(lastError, "message"));
        } catch (RuntimeException e) {
            throw new WebhookRejectedException("not a Stripe event", e);
        }
    }

    private static String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static long number(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? 0 : value.getAsLong();
    }

    private StripeClient requireClient() {
        if (client == null) {
            throw new PaymentGatewayException(Kind.REJECTED, "Stripe is not configured (STRIPE_SECRET_KEY)", null);
        }
        return client;
    }

    private interface StripeCall<T> {
        T call() throws StripeException;
    }

    private static <T> T call(StripeCall<T> call) {
        try {
            return call.call();
        } catch (CardException e) {
            throw new PaymentGatewayException(
                    Kind.DECLINED, "declined: " + e.getStripeError().getMessage(), e);
        } catch (ApiConnectionException e) {
            LOG.log(Level.WARNING, "Stripe unreachable or too slow: {0}", e.getMessage());
            throw new PaymentGatewayException(Kind.UNAVAILABLE, "Stripe did not answer in time", e);
        } catch (InvalidRequestException e) {
            LOG.log(Level.WARNING, "Stripe refused a request: {0}", e.getMessage());
            throw new PaymentGatewayException(Kind.REJECTED, "Stripe refused the request: " + messageOf(e), e);
        } catch (StripeException e) {
            LOG.log(Level.WARNING, "Stripe failed ({0}): {1}", new Object[] {e.getStatusCode(), e.getMessage()});
            throw new PaymentGatewayException(Kind.UNAVAILABLE, "Stripe failed (HTTP " + e.getStatusCode() + ")", e);
        } catch (RuntimeException e) {
            // a body that is not Stripe's JSON (a proxy's error page, say) is a failing provider, not our defect
            LOG.log(Level.WARNING, "Stripe answered something unreadable", e);
            throw new PaymentGatewayException(Kind.UNAVAILABLE, "Stripe's answer could not be read", e);
        }
    }

    private static String messageOf(StripeException e) {
        return e.getStripeError() != null && e.getStripeError().getMessage() != null
                ? e.getStripeError().getMessage()
                : e.getMessage();
    }
}
