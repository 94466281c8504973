package cn.longyuan.market.shop.interfaces.web.checkout;

import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.Gift;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.shop.interfaces.web.cart.CartLine;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.JsonBodies;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The checkout form as an order request: the command for {@code OrderPlacement}, and its request hash.
 * <p>
 * The hash is the one the public API computes ({@link JsonBodies#canonicalHash}) over the request written as
 * the API's JSON body ({@code POST /api/v1/orders}): the same order asked for through the pages or the API is
 * the same request, and a retry with the same key and the same form answers the first order.
 */
record OrderRequest(PlaceOrderCommand command, String hash) {

    static OrderRequest of(
            List<CartLine> lines, Contact contact, ShippingAddress address, PaymentMethod method, Gift gift) {
        List<PlaceOrderCommand.Line> commandLines = lines.stream()
                .map(l -> new PlaceOrderCommand.Line(l.getProductId(), l.getQuantity()))
                .toList();
        PlaceOrderCommand command = new PlaceOrderCommand(commandLines, contact, address, method, gift);
        return new OrderRequest(command, JsonBodies.canonicalHash(asApiBody(command)));
    }

    private static JsonObject asApiBody(PlaceOrderCommand command) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (PlaceOrderCommand.Line line : command.lines()) {
            lines.add(Json.createObjectBuilder()
                    .add("productId", Ids.of(line.productId()))
                    .add("quantity", line.quantity()));
        }
        JsonObjectBuilder contact = Json.createObjectBuilder();
        put(contact, "name", command.contact().name());
        put(contact, "phone", command.contact().phone());
        put(contact, "email", command.contact().email());
        ShippingAddress a = command.shippingAddress();
        JsonObjectBuilder address = Json.createObjectBuilder();
        put(address, "country", a.country());
        put(address, "province", a.province());
        put(address, "city", a.city());
        put(address, "district", a.district());
        put(address, "line", a.line());
        put(address, "postcode", a.postcode());
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("lines", lines)
                .add("contact", contact)
                .add("shippingAddress", address);
        if (command.paymentMethod() != null) {
            body.add("paymentMethod", command.paymentMethod().name());
        }
        if (command.gift() != null) {
            JsonObjectBuilder gift = Json.createObjectBuilder();
            put(gift, "message", command.gift().message());
            body.add("gift", gift);
        }
        return body.build();
    }

    private static void put(JsonObjectBuilder object, String name, String value) {
        if (value != null) {
            object.add(name, value);
        }
    }
}
