package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.admin.infrastructure.ShopAddress;
import cn.longyuan.market.application.brokerage.QuoteFilter;
import cn.longyuan.market.application.brokerage.QuoteService;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.ListFilters;
import cn.longyuan.market.domain.model.brokerage.Quote;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import cn.longyuan.market.web.api.OrderRequests;
import cn.longyuan.market.web.api.Paging;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A broker's wholesale quotes: request → quote → accepted → order at the quoted prices. */
@Path("v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class QuotesResource {

    @Inject
    private QuoteService quotes;

    @Inject
    private ShopAddress shop;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    public record Line(
            String productId, String name, int quantity, String listPrice, String unitPrice, String lineTotal) {}

    public record QuoteJson(
            String number,
            String broker,
            String status,
            boolean expired,
            String customerName,
            String customerPhone,
            String customerEmail,
            String wantedBy,
            String validUntil,
            String createdAt,
            String total,
            String currency,
            List<Line> lines,
            String orderNumber) {}

    public record Ordered(QuoteJson quote, String orderNumber, String status, String total, String trackingUrl) {}

    /**
     * A page of the caller's quotes that the filters keep, newest first: {@code q} (in the number, the buyer's name or
     * phone), {@code status}, {@code from}/{@code to} (days made), {@code cooperative}, {@code product}. Every wrong
     * parameter is named in one 400.
     */
    @GET
    @RolesAllowed({"FEDERATION", "BROKER"})
    public AdminJson.Page<QuoteJson> list(
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
        QuoteFilter filter = QuoteFilter.read(q, status, from, to, cooperative, product, violations);
        Paging paging = Paging.read(page, size, violations);
        ListFilters.refuseIfAny(violations, "The quote list's parameters are wrong.");
        Locale locale = RequestLocale.of(lang, headers);
        QuoteService.QuotePage result = quotes.page(actor, filter, paging.page() * paging.size(), paging.size());
        return new AdminJson.Page<>(
                result.items().stream().map(quote -> json(quote, locale)).toList(), result.total());
    }

    @GET
    @Path("{number}")
    @RolesAllowed({"FEDERATION", "BROKER"})
    public QuoteJson get(@PathParam("number") String number, @QueryParam("lang") String lang) {
        return json(quotes.get(actor, number), RequestLocale.of(lang, headers));
    }

    /** Body: {@code {"customer": {"name", "phone", "email"}, "wantedBy", "validDays", "lines": [{"productId", "quantity"}]}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("BROKER")
    public Response create(@QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(
                body,
                JsonShape.of(
                        "customer.name",
                        "customer.phone",
                        "customer.email",
                        "wantedBy",
                        "validDays",
                        "lines[].productId",
                        "lines[].quantity"));
        JsonFields fields = new JsonFields();
        JsonObject customer = fields.object(json, "customer", "customer");
        Quote.Customer c = customer == null
                ? null
                : new Quote.Customer(
                        fields.string(customer, "name", "customer.name"),
                        fields.string(customer, "phone", "customer.phone"),
                        fields.string(customer, "email", "customer.email"));
        if (customer == null && !fields.has("customer")) {
            fields.add("customer", "required");
        }
        LocalDate wantedBy = fields.date(json, "wantedBy", "wantedBy");
        Integer validDays = fields.integer(json, "validDays", "validDays", 1, QuoteService.MAX_VALID_DAYS);
        List<PlaceOrderCommand.Line> lines = new ArrayList<>();
        JsonArray array = fields.array(json, "lines", "lines");
        if (array == null && !fields.has("lines")) {
            fields.add("lines", "required");
        }
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                String path = "lines[" + i + "]";
                JsonValue element = array.get(i);
                if (!(element instanceof JsonObject line)) {
                    fields.add(path, "must be an object with productId and quantity");
                    continue;
                }
                Long productId = fields.id(line, "productId", path + ".productId");
                Integer quantity =
                        fields.integer(line, "quantity", path + ".quantity", 1, PlaceOrderCommand.MAX_QUANTITY);
                if (productId == null && !fields.has(path + ".productId")) {
                    fields.add(path + ".productId", "required");
                }
                if (quantity == null && !fields.has(path + ".quantity")) {
                    fields.add(path + ".quantity", "required");
                }
                lines.add(
                        new PlaceOrderCommand.Line(productId == null ? 0 : productId, quantity == null ? 1 : quantity));
            }
        }
        fields.throwIfAny();
        Quote quote = quotes.create(actor, new QuoteService.Request(c, wantedBy, validDays, lines));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(quote.number()).build())
                .entity(json(quote, RequestLocale.of(lang, headers)))
                .build();
    }

    @POST
    @Path("{number}/accept")
    @RolesAllowed("BROKER")
    public QuoteJson accept(@PathParam("number") String number, @QueryParam("lang") String lang) {
        return json(quotes.accept(actor, number), RequestLocale.of(lang, headers));
    }

    @POST
    @Path("{number}/decline")
    @RolesAllowed("BROKER")
    public QuoteJson decline(@PathParam("number") String number, @QueryParam("lang") String lang) {
        return json(quotes.decline(actor, number), RequestLocale.of(lang, headers));
    }

    /** Body: {@code {"shippingAddress": {...}, "paymentMethod": "BANK_TRANSFER" | "CASH_ON_DELIVERY"}}. */
    @POST
    @Path("{number}/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("BROKER")
    public Response order(@PathParam("number") String number, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(
                body,
                JsonShape.of(
                        "shippingAddress.country",
                        "shippingAddress.province",
                        "shippingAddress.city",
                        "shippingAddress.district",
                        "shippingAddress.line",
                        "shippingAddress.postcode",
                        "paymentMethod"));
        JsonFields fields = new JsonFields();
        ShippingAddress address = OrderRequests.address(fields, json);
        if (address == null && !fields.has("shippingAddress")) {
            fields.add("shippingAddress", "required");
        }
        PaymentMethod method = fields.enumValue(json, "paymentMethod", "paymentMethod", PaymentMethod.class);
        if (method == null && !fields.has("paymentMethod")) {
            fields.add("paymentMethod", "required: BANK_TRANSFER or CASH_ON_DELIVERY");
        }
        fields.throwIfAny();
        OrderService.PlacedOrder placed = quotes.placeOrder(actor, number, address, method);
        Locale locale = RequestLocale.of(lang, headers);
        return Response.status(Response.Status.CREATED)
                .entity(new Ordered(
                        json(quotes.get(actor, number), locale),
                        placed.order().number(),
                        placed.order().status().name(),
                        placed.order().total().toDecimalString(),
                        shop.orderPage(placed.order().number(), placed.accessToken())))
                .build();
    }

    private QuoteJson json(Quote q, Locale locale) {
        return new QuoteJson(
                q.number(),
                quotes.brokerName(q),
                q.status().name(),
                q.isExpired(quotes.today()),
                q.customerName(),
                q.customerPhone(),
                q.customerEmail(),
                q.wantedBy() == null ? null : ApiTime.date(q.wantedBy()),
                ApiTime.date(q.validUntil()),
                ApiTime.instant(q.createdAt()),
                q.total().toDecimalString(),
                Money.CURRENCY,
                q.lines().stream()
                        .map(l -> new Line(
                                Ids.of(l.productId()),
                                quotes.productName(l.productId()).in(locale),
                                l.quantity(),
                                l.listPrice().toDecimalString(),
                                l.unitPrice().toDecimalString(),
                                l.lineTotal().toDecimalString()))
                        .toList(),
                quotes.orderNumberOf(q));
    }
}
