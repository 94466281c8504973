package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.admin.interfaces.PhraseTexts;
import cn.longyuan.market.application.payment.Refunds;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonBodies;
import cn.longyuan.market.web.api.JsonShape;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
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

/**
 * Refunding an order, whole or per line: {@code {"lines": [{"lineId" | "productId", "quantity", "restock"}], "restock",
 * "reason"}}; no lines refunds what is left; a line's own {@code restock} overrides the refund's. Federation staff, or the manager of the one cooperative an order
 * is made of.
 */
@Path("v1/orders/{number}/refunds")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RefundsResource {

    @Inject
    private Refunds refunds;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    public record RefundedLine(int lineId, String productId, int quantity, boolean restock) {}

    public record RefundAnswer(
            String order,
            String orderStatus,
            int sequence,
            String amount,
            String currency,
            boolean restock,
            String reason,
            String reasonText,
            String providerRef,
            String by,
            String at,
            boolean full,
            List<RefundedLine> lines) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FEDERATION", "COOP_MANAGER"})
    public Response refund(@PathParam("number") String number, @QueryParam("lang") String lang, String body) {
        JsonObject json = JsonBodies.object(
                body,
                JsonShape.of(
                        "lines[].lineId",
                        "lines[].productId",
                        "lines[].quantity",
                        "lines[].restock",
                        "restock",
                        "reason"));
        List<Refunds.Request> lines = new ArrayList<>();
        if (json.containsKey("lines") && json.get("lines").getValueType() != JsonValue.ValueType.NULL) {
            if (json.get("lines").getValueType() != JsonValue.ValueType.ARRAY) {
                throw RequestRefusedException.invalid(
                        "lines", "an array of {\"lineId\" or \"productId\", \"quantity\"}");
            }
            JsonArray array = json.getJsonArray("lines");
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    throw RequestRefusedException.invalid("lines[" + i + "]", "an object");
                }
                JsonObject line = array.getJsonObject(i);
                Long lineId = longOf(line.get("lineId"), "lines[" + i + "].lineId");
                Long productId = line.containsKey("productId")
                                && line.get("productId").getValueType() != JsonValue.ValueType.NULL
                        ? productIdOf(line.get("productId"), "lines[" + i + "].productId")
                        : null;
                if (lineId == null && productId == null) {
                    throw RequestRefusedException.invalid("lines[" + i + "].lineId", "lineId or productId is required");
                }
                Long quantity = longOf(line.get("quantity"), "lines[" + i + "].quantity");
                if (quantity != null && (quantity < 1 || quantity > 10_000)) {
                    throw RequestRefusedException.invalid("lines[" + i + "].quantity", "from 1");
                }
                JsonValue lineRestock = line.get("restock");
                if (lineRestock != null
                        && lineRestock != JsonValue.NULL
                        && lineRestock != JsonValue.TRUE
                        && lineRestock != JsonValue.FALSE) {
                    throw RequestRefusedException.invalid("lines[" + i + "].restock", "true or false");
                }
                lines.add(new Refunds.Request(
                        lineId == null ? null : lineId.intValue(),
                        productId,
                        quantity == null ? null : quantity.intValue(),
                        lineRestock == null || lineRestock == JsonValue.NULL ? null : lineRestock == JsonValue.TRUE));
            }
        }
        JsonValue restockValue = json.get("restock");
        if (restockValue != null && restockValue != JsonValue.TRUE && restockValue != JsonValue.FALSE) {
            throw RequestRefusedException.invalid("restock", "true or false");
        }
        boolean restock = restockValue != JsonValue.FALSE;
        String reason = json.containsKey("reason") && json.get("reason") instanceof JsonString s ? s.getString() : null;
        Refunds.Done done = refunds.refund(actor, number, lines, restock, reason);
        var r = done.refund();
        return Response.status(201)
                .entity(new RefundAnswer(
                        number,
                        done.order().status().name(),
                        r.seq(),
                        r.amount().toDecimalString(),
                        Money.CURRENCY,
                        r.restock(),
                        r.reason(),
                        r.reason() == null
                                ? null
                                : PhraseTexts.in(RequestLocale.of(lang, headers))
                                        .refundReason(r.reason()),
                        r.providerRef(),
                        r.actor(),
                        ApiTime.instant(r.createdAt()),
                        done.full(),
                        r.pieces().stream()
                                .map(p ->
                                        new RefundedLine(p.lineNo(), Ids.of(p.productId()), p.quantity(), p.restock()))
                                .toList()))
                .build();
    }

    private static Long longOf(JsonValue value, String field) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        if (value instanceof JsonString s && s.getString().matches("\\d{1,9}")) {
            return Long.parseLong(s.getString());
        }
        throw RequestRefusedException.invalid(field, "a whole number");
    }

    private static Long productIdOf(JsonValue value, String field) {
        Long id = value instanceof JsonString s ? Ids.parse(s.getString()) : longOf(value, field);
        if (id == null) {
            throw RequestRefusedException.invalid(field, "a product id");
        }
        return id;
    }
}
