package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.admin.infrastructure.ShopAddress;
import cn.longyuan.market.admin.interfaces.PhraseTexts;
import cn.longyuan.market.application.brokerage.BrokerDesk;
import cn.longyuan.market.application.brokerage.DeskFilter;
import cn.longyuan.market.application.brokerage.PhoneOrders;
import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.ordering.BackOfficeOrders;
import cn.longyuan.market.application.ordering.OrderFilter;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.ListFilters;
import cn.longyuan.market.domain.model.brokerage.OrderNote;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.IdempotencyKey;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonFields;
import cn.longyuan.market.web.api.JsonShape;
import cn.longyuan.market.web.api.OrderRequests;
import cn.longyuan.market.web.api.Paging;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The broker's order desk: her orders and the open ones, claiming, handing back, notes of contact, and orders
 * she takes for a buyer on the phone.
 */
@Path("v1/desk")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DeskResource {

    /** The desk keeps the key behind a prefix of the broker's own ("broker-ID:"), in the same 200-character column. */
    private static final int MAX_KEY_LENGTH = 150;

    @Inject
    private BrokerDesk desk;

    @Inject
    private PhoneOrders phoneOrders;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private ShopAddress shop;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    public record Desk(
            List<AdminJson.OrderSummary> mine, long mineTotal, List<AdminJson.OrderSummary> open, long openTotal) {}

    /** {@code text} as stored (the desk's own notes in English), {@code noteText} in the asked language. */
    public record Note(String kind, String author, String text, String noteText, String writtenAt) {}

    public record PhoneOrder(AdminJson.OrderSummary order, String subtotal, String deliveryFee, String trackingUrl) {}

    /**
     * A page of each of the desk's lists that the filters keep (the orders list's, and {@code broker} for the handled
     * ones), newest first, with their totals. Every wrong parameter is named in one 400.
     */
    @GET
    @RolesAllowed({"FEDERATION", "BROKER"})
    public Desk desk(
            @QueryParam("q") String q,
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("cooperative") String cooperative,
            @QueryParam("product") String product,
            @QueryParam("broker") String broker,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("lang") String lang) {
        List<FieldViolation> violations = new ArrayList<>();
        OrderFilter orders = OrderFilter.read(q, status, from, to, cooperative, product, violations);
        DeskFilter filter = new DeskFilter(orders, DeskFilter.broker(broker, violations));
        Paging paging = Paging.read(page, size, violations);
        ListFilters.refuseIfAny(violations, "The desk's parameters are wrong.");
        Locale locale = RequestLocale.of(lang, headers);
        int first = paging.page() * paging.size();
        BackOfficeOrders.OrderPage mine = desk.desk(actor, BrokerDesk.DeskList.MINE, filter, first, paging.size());
        BackOfficeOrders.OrderPage open = desk.desk(actor, BrokerDesk.DeskList.OPEN, filter, first, paging.size());
        return new Desk(summaries(mine, locale), mine.total(), summaries(open, locale), open.total());
    }

    private List<AdminJson.OrderSummary> summaries(BackOfficeOrders.OrderPage page, Locale locale) {
        return page.items().stream()
                .map(o -> AdminJson.order(o, catalog::cooperativeName, locale))
                .toList();
    }

    @POST
    @Path("{number}/claim")
    @RolesAllowed("BROKER")
    public AdminJson.OrderSummary claim(@PathParam("number") String number, @QueryParam("lang") String lang) {
        return AdminJson.order(desk.claim(actor, number), catalog::cooperativeName, RequestLocale.of(lang, headers));
    }

    @POST
    @Path("{number}/hand-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("BROKER")
    public AdminJson.OrderSummary handBack(
            @PathParam("number") String number, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.optionalObject(body, JsonShape.of("reason"));
        JsonFields fields = new JsonFields();
        String reason = fields.string(json, "reason", "reason");
        fields.throwIfAny();
        return AdminJson.order(
                desk.handBack(actor, number, reason), catalog::cooperativeName, RequestLocale.of(lang, headers));
    }

    @GET
    @Path("{number}/notes")
    @RolesAllowed({"FEDERATION", "BROKER"})
    public List<Note> notes(@PathParam("number") String number, @QueryParam("lang") String lang) {
        PhraseTexts texts = PhraseTexts.in(RequestLocale.of(lang, headers));
        return desk.notes(actor, number).stream().map(n -> note(n, texts)).toList();
    }

    @POST
    @Path("{number}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FEDERATION", "BROKER"})
    public Response addNote(@PathParam("number") String number, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(body, JsonShape.of("text"));
        JsonFields fields = new JsonFields();
        String text = fields.string(json, "text", "text");
        fields.throwIfAny();
        return Response.status(Response.Status.CREATED)
                .entity(note(desk.addNote(actor, number, text), PhraseTexts.in(RequestLocale.of(lang, headers))))
                .build();
    }

    /** The body of the public {@code POST /api/v1/orders}; the order lands on the broker's desk. */
    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("BROKER")
    public Response placeForBuyer(
            @HeaderParam("Idempotency-Key") String key, @QueryParam("lang") String lang, String body) {
        String idempotencyKey = IdempotencyKey.read(key, MAX_KEY_LENGTH);
        JsonObject json = JsonBodies.object(body, OrderRequests.SHAPE);
        PlaceOrderCommand command = OrderRequests.read(json);
        OrderService.PlacedOrder placed =
                phoneOrders.place(actor, command, idempotencyKey, JsonBodies.canonicalHash(json));
        return Response.status(Response.Status.CREATED)
                .entity(phoneOrder(
                        desk.handled(actor, placed.order().number()), placed, RequestLocale.of(lang, headers)))
                .build();
    }

    private PhoneOrder phoneOrder(
            cn.longyuan.market.domain.model.ordering.CustomerOrder order,
            OrderService.PlacedOrder placed,
            Locale locale) {
        return new PhoneOrder(
                AdminJson.order(order, catalog::cooperativeName, locale),
                placed.order().subtotal().toDecimalString(),
                placed.order().deliveryFee().toDecimalString(),
                shop.orderPage(placed.order().number(), placed.accessToken()));
    }

    private static Note note(OrderNote n, PhraseTexts texts) {
        return new Note(
                n.kind().name(),
                n.author(),
                n.body(),
                texts.deskNote(n.kind(), n.body()),
                ApiTime.instant(n.writtenAt()));
    }
}
