package cn.longyuan.market.shop.interfaces.rest;

import cn.longyuan.market.application.payment.WebhookReceiver;
import cn.longyuan.market.web.api.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Stripe's webhook. The body is taken as raw bytes — the signature covers them exactly as sent — and checked
 * before anything else: a forged or stale delivery is 400 and changes nothing. A genuine event answers 200
 * (also when it was received before), or 503 when it needed Stripe and Stripe failed (Stripe delivers it again).
 */
@Path("v1/payments/stripe/webhook")
@RequestScoped
public class StripeWebhookResource {

    @Inject
    private WebhookReceiver receiver;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("Stripe-Signature") String signature, byte[] body) {
        String payload = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        WebhookReceiver.Result result = receiver.receive(payload, signature);
        return switch (result.answer()) {
            case TAKEN, DUPLICATE ->
                Response.ok(Map.of("received", true, "duplicate", result.answer() == WebhookReceiver.Answer.DUPLICATE))
                        .build();
            case REJECTED -> ErrorCode.VALIDATION.response(result.message());
            case RETRY_LATER -> ErrorCode.UNAVAILABLE.response(result.message());
        };
    }
}
