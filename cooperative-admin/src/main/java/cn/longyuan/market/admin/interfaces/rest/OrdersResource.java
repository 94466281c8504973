package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.ordering.OrderFilter;
import cn.longyuan.market.application.ordering.OrderFulfilment;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.ListFilters;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderReturn;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import cn.longyuan.market.web.api.Paging;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The orders the caller handles; offline payment received; shipping the caller's part. */
@Path("v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OrdersResource {

    @Inject
    private BackOfficeOrders orders;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    /**
     * A page of the orders the caller handles that the filters keep, newest first: {@code q} (in the number, the buyer's
     * name or phone), {@code status}, {@code from}/{@code to} (days placed), {@code cooperative}, {@code product}. Every
     * wrong parameter is named in one 400.
     */
    @GET
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public AdminJson.Page<AdminJson.OrderSummary> list(
            @QueryParam("q") String q,
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("cooperative") String cooperative,
            @QueryParam("product") String product,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("lang") String lang) {
        List<FieldViolation> violations = new ArrayList<>();
        OrderFilter filter = OrderFilter.read(q, status, from, to, cooperative, product, violations);
        Paging paging = Paging.read(page, size, violations);
        ListFilters.refuseIfAny(violations, "The order list's parameters are wrong.");
        Locale locale = RequestLocale.of(lang, headers);
        BackOfficeOrders.OrderPage result =
                orders.filtered(actor, filter, paging.page() * paging.size(), paging.size());
        return new AdminJson.Page<>(
                result.items().stream().map(o -> summary(o, locale)).toList(), result.total());
    }

    @POST
    @Path("{number}/payment-received")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public AdminJson.OrderSummary paymentReceived(
            @PathParam("number") String number, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("amount", "method", "receivedOn"));
        JsonFields fields = new JsonFields();
        Money amount = null;
        String amountText = fields.string(json, "amount", "amount");
        if (amountText != null) {
            try {
                amount = Money.parse(amountText);
            } catch (IllegalArgumentException e) {
                fields.add("amount", "a decimal string with at most two places, such as \"128.00\"");
            }
        } else if (json.containsKey("amount") && !fields.has("amount")) {
            fields.add("amount", "a decimal string such as \"128.00\"");
        }
        PaymentMethod method = fields.enumValue(json, "method", "method", PaymentMethod.class);
        LocalDate receivedOn = fields.date(json, "receivedOn", "receivedOn");
        fields.throwIfAny();
        return summary(
                orders.paymentReceived(actor, number, amount, method, receivedOn), RequestLocale.of(lang, headers));
    }

    @POST
    @Path("{number}/shipments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COOP_MANAGER")
    public AdminJson.OrderSummary ship(
            @PathParam("number") String number, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("carrier", "trackingNumber"));
        JsonFields fields = new JsonFields();
        String carrier = fields.string(json, "carrier", "carrier");
        String tracking = fields.string(json, "trackingNumber", "trackingNumber");
        fields.throwIfAny();
        return summary(orders.ship(actor, number, carrier, tracking), RequestLocale.of(lang, headers));
    }

    // --- fulfilment (pack, cancel, returns, pick list, packing slip) -----------------------------

    @Inject
    private OrderFulfilment fulfilment;

    @POST
    @Path("{number}/packed")
    @RolesAllowed("COOP_MANAGER")
    public AdminJson.OrderSummary packed(@PathParam("number") String number, @QueryParam("lang") String lang) {
        return summary(fulfilment.pack(actor, number), RequestLocale.of(lang, headers));
    }

    @POST
    @Path("{number}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COOP_MANAGER")
    public AdminJson.OrderSummary cancel(
            @PathParam("number") String number, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("reason"));
        JsonFields fields = new JsonFields();
        String reason = fields.string(json, "reason", "reason");
        refuseMalformed(number, fields);
        return summary(fulfilment.cancel(actor, number, reason), RequestLocale.of(lang, headers));
    }

    @POST
    @Path("{number}/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COOP_MANAGER")
    public AdminJson.OrderSummary returns(
            @PathParam("number") String number, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("productId", "quantity", "disposition", "reason"));
        JsonFields fields = new JsonFields();
        Long productId = fields.id(json, "productId", "productId");
        Integer quantity = fields.integer(json, "quantity", "quantity", Integer.MIN_VALUE, Integer.MAX_VALUE);
        OrderReturn.Disposition disposition =
                fields.enumValue(json, "disposition", "disposition", OrderReturn.Disposition.class);
        String reason = fields.string(json, "reason", "reason");
        refuseMalformed(number, fields);
        return summary(
                fulfilment.returnPieces(actor, number, productId, quantity, disposition, reason),
                RequestLocale.of(lang, headers));
    }

    public record PickLine(
            String productId, String product, String locationId, String place, int quantity, String status) {}

    @GET
    @Path("{number}/pick-list")
    @RolesAllowed({"FEDERATION", "COOP_MANAGER"})
    public List<PickLine> pickList(@PathParam("number") String number) {
        return fulfilment.pickList(actor, number).stream()
                .map(p -> new PickLine(
                        Ids.of(p.productId()),
                        p.productName(),
                        Ids.of(p.locationId()),
                        p.place(),
                        p.quantity(),
                        p.status().name()))
                .toList();
    }

    @GET
    @Path("{number}/packing-slip")
    @Produces("application/pdf")
    @RolesAllowed("COOP_MANAGER")
    public Response packingSlip(@PathParam("number") String number) {
        byte[] pdf = fulfilment.packingSlip(actor, number);
        return Response.ok(pdf, "application/pdf")
                .header(
                        "Content-Disposition",
                        "inline; filename=\"packing-slip-" + number.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"")
                .build();
    }

    /** A body with malformed fields: "not found" still comes first for an order the caller does not handle. */
    private void refuseMalformed(String number, JsonFields fields) {
        if (!fields.violations().isEmpty()) {
            fulfilment.requireHandled(actor, number);
            fields.throwIfAny();
        }
    }

    private AdminJson.OrderSummary summary(CustomerOrder order, Locale locale) {
        return AdminJson.order(order, catalog::cooperativeName, locale);
    }
}
