package cn.longyuan.market.shop.interfaces.rest;

import cn.longyuan.market.application.ordering.OrderPlacement;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.OrderView;
import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.ordering.ReturnRequests;
import cn.longyuan.market.application.payment.OnlinePayments;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.IdempotencyKey;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import cn.longyuan.market.web.api.OrderRequests;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** Placing an order as a guest, and reading it back with its access token. */
@Path("v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped // one instance: made per request, it cost a twentieth of placing an order (JFR, bench/run)
public class OrdersResource {

    @Inject
    private OrderPlacement placement;

    @Inject
    private OrderService orders;

    @Inject
    private OnlinePayments payments;

    @Inject
    private ReturnRequests returns;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(
            @HeaderParam("Idempotency-Key") String key,
            @QueryParam("lang") String lang,
            String body,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String idempotencyKey = IdempotencyKey.read(key);
        JsonObject json = JsonBodies.object(body, OrderRequests.SHAPE);
        PlaceOrderCommand command = OrderRequests.read(json);
        Locale locale = RequestLocale.of(lang, headers);
        OrderService.PlacedOrder placed = placement.place(
                command,
                idempotencyKey,
                JsonBodies.canonicalHash(json),
                cn.longyuan.market.application.ordering.BuyerOrders.Origin.guest(locale.getLanguage()));
        PublicJson.Order answer = PublicJson.placed(placed.order(), placed.accessToken(), locale);
        if (placed.order().paymentMethod() == PaymentMethod.STRIPE) {
            answer = answer.withClientSecret(payments.formOf(placed.order().number())
                    .map(OnlinePayments.PaymentForm::clientSecret)
                    .orElse(null));
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path("v1/orders/{number}")
                        .build(placed.order().number()))
                .entity(answer)
                .build();
    }

    /**
     * The PaymentIntent of an unpaid STRIPE order, for its holder: the one it has, or one made now (after
     * Stripe failed while the order was placed). 503 UNAVAILABLE while Stripe is down; the order keeps its stock.
     */
    @POST
    @Path("{number}/payment-intent")
    public Response paymentIntent(@PathParam("number") String number, @Context HttpHeaders headers) {
        String token = OrderAccessToken.required(headers);
        orderFor(number, token);
        OnlinePayments.PaymentForm form = payments.prepare(number);
        return Response.ok(new PublicJson.PaymentIntentAnswer(
                        form.orderNumber(),
                        form.intentId(),
                        form.clientSecret(),
                        form.publishableKey(),
                        Money.ofFen(form.amountFen()).toDecimalString(),
                        Money.CURRENCY,
                        form.status().name()))
                .build();
    }

    /**
     * The holder of the order's token calls off her unpaid order (its pieces go back on sale): 200 with the order,
     * now CANCELLED. 409 INVALID_STATE once it is paid, packed or shipped.
     */
    @POST
    @Path("{number}/cancel")
    public Response cancel(
            @PathParam("number") String number, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String token = OrderAccessToken.required(headers);
        return Response.ok(PublicJson.read(orders.cancelForToken(number, token), RequestLocale.of(lang, headers)))
                .build();
    }

    /** A return request as the buyer reads it back (POST /api/v1/orders/{number}/returns). */
    public record ReturnAnswer(
            String id,
            String order,
            int lineId,
            String productId,
            String product,
            int quantity,
            String reason,
            String note,
            String status,
            String createdAt,
            String decidedAt,
            String declineReason,
            Integer refundSequence,
            boolean hasPhoto) {

        static ReturnAnswer of(ReturnRequests.Row row, Locale locale) {
            return new ReturnAnswer(
                    Ids.of(row.id()),
                    row.orderNumber(),
                    row.lineNo(),
                    Ids.of(row.productId()),
                    row.product() == null ? null : row.product().in(locale),
                    row.quantity(),
                    row.reason().name(),
                    row.note(),
                    row.status().name(),
                    ApiTime.instant(row.createdAt()),
                    row.decidedAt() == null ? null : ApiTime.instant(row.decidedAt()),
                    row.declineReason(),
                    row.refundSeq(),
                    row.hasPhoto());
        }
    }

    private static final JsonShape RETURN_SHAPE =
            JsonShape.of("lineId", "quantity", "reason", "note", "photo.contentType", "photo.data");

    /**
     * The holder of the order's token asks to send back delivered pieces of one line and have them refunded:
     * 201 with the request, REQUESTED until the cooperative decides (the same request again answers the open one).
     * 400 VALIDATION naming the field; 409 INVALID_STATE when the line is not delivered, its window has passed,
     * it has an open request, or more pieces are asked than are left. An optional {@code photo} ({@link
     * ReturnPhotoBody}) is checked as the tracking page's upload is; a bad one is 400 naming {@code photo}.
     */
    @POST
    @Path("{number}/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestReturn(
            @PathParam("number") String number,
            @QueryParam("lang") String lang,
            String body,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String token = OrderAccessToken.required(headers);
        JsonObject json = JsonBodies.object(body, RETURN_SHAPE);
        JsonFields fields = new JsonFields();
        Integer lineId = fields.integer(json, "lineId", "lineId", 1, 10_000);
        Integer quantity = fields.integer(json, "quantity", "quantity", 1, 10_000);
        String reason = fields.string(json, "reason", "reason");
        String note = fields.string(json, "note", "note");
        byte[] photo = ReturnPhotoBody.read(json, fields);
        ReturnRequests.Ask ask = new ReturnRequests.Ask(lineId, quantity, reason, note);
        if (!fields.violations().isEmpty()) {
            // a field of the wrong type: refused now, with the rules' findings on the other fields in the same answer
            fields.throwIfAny(ReturnRequests.violations(ask));
        }
        ReturnRequests.Row row = returns.requestForToken(number, token, ask, photo);
        return Response.created(
                        uri.getBaseUriBuilder().path("v1/orders/{number}").build(number))
                .entity(ReturnAnswer.of(row, RequestLocale.of(lang, headers)))
                .build();
    }

    /** The order's return requests and what may still be asked back, as the buyer reads them. */
    public record ReturnsAnswer(String order, List<ReturnAnswer> items, List<Returnable> returnable) {}

    /** A line whose pieces may still be asked back, how many, and until when. */
    public record Returnable(int lineId, int pieces, String until) {}

    /**
     * The holder of the order's token reads her return requests (newest decisions included) and which lines she may
     * still ask for: 200; 401 without the token; 404 for a wrong number or token.
     */
    @GET
    @Path("{number}/returns")
    public Response readReturns(
            @PathParam("number") String number, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String token = OrderAccessToken.required(headers);
        orderFor(number, token);
        Locale locale = RequestLocale.of(lang, headers);
        List<ReturnAnswer> items = returns.ofOrderForToken(number, token).stream()
                .map(row -> ReturnAnswer.of(row, locale))
                .toList();
        List<Returnable> returnable = returns.returnableForToken(number, token).stream()
                .map(line -> new Returnable(line.lineNo(), line.pieces(), ApiTime.instant(line.until())))
                .toList();
        return Response.ok(new ReturnsAnswer(number, items, returnable)).build();
    }

    @GET
    @Path("{number}")
    public Response read(
            @PathParam("number") String number, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String token = OrderAccessToken.required(headers);
        return Response.ok(PublicJson.read(orderFor(number, token), RequestLocale.of(lang, headers)))
                .build();
    }

    private OrderView orderFor(String number, String token) {
        return orders.findForToken(number, token)
                .orElseThrow(() -> RequestRefusedException.notFound("No order " + number + " for this token."));
    }
}
