package cn.longyuan.market.web.api;

import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.domain.model.ordering.Contact;
import cn.longyuan.market.domain.model.ordering.Gift;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an order request body (the public {@code POST /api/v1/orders}, a broker's phone order) into a command,
 * reporting every malformed field at once.
 */
public final class OrderRequests {

    private OrderRequests() {}

    /** The fields an order request may have. */
    public static final JsonShape SHAPE = JsonShape.of(
            "lines[].productId",
            "lines[].quantity",
            "contact.name",
            "contact.phone",
            "contact.email",
            "shippingAddress.country",
            "shippingAddress.province",
            "shippingAddress.city",
            "shippingAddress.district",
            "shippingAddress.line",
            "shippingAddress.postcode",
            "paymentMethod",
            "gift.message");

    public static PlaceOrderCommand read(JsonObject body) {
        JsonFields fields = new JsonFields();
        List<PlaceOrderCommand.Line> lines = null;
        JsonArray array = fields.array(body, "lines", "lines");
        if (array != null) {
            lines = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String path = "lines[" + i + "]";
                JsonValue element = array.get(i);
                if (!(element instanceof JsonObject line)) {
                    fields.add(path, "must be an object with productId and quantity");
                    continue;
                }
                Long productId = fields.id(line, "productId", path + ".productId");
                if (productId == null && !fields.has(path + ".productId")) {
                    fields.add(path + ".productId", "required");
                }
                Integer quantity =
                        fields.integer(line, "quantity", path + ".quantity", 1, PlaceOrderCommand.MAX_QUANTITY);
                if (quantity == null && !fields.has(path + ".quantity")) {
                    fields.add(path + ".quantity", "required");
                }
                lines.add(
                        new PlaceOrderCommand.Line(productId == null ? 0 : productId, quantity == null ? 1 : quantity));
            }
        }
        JsonObject contactJson = fields.object(body, "contact", "contact");
        Contact contact = contactJson == null
                ? null
                : new Contact(
                        fields.string(contactJson, "name", "contact.name"),
                        fields.string(contactJson, "phone", "contact.phone"),
                        fields.string(contactJson, "email", "contact.email"));
        ShippingAddress address = address(fields, body);
        PaymentMethod method = fields.enumValue(body, "paymentMethod", "paymentMethod", PaymentMethod.class);
        // "gift": {} is a gift without a message; no "gift" (or null) is not a gift
        JsonObject giftJson = fields.object(body, "gift", "gift");
        Gift gift = giftJson == null ? null : new Gift(fields.string(giftJson, "message", "gift.message"));
        PlaceOrderCommand command = new PlaceOrderCommand(lines, contact, address, method, gift);
        fields.throwIfAny(command.violations());
        return command;
    }

    /** The body's {@code shippingAddress}, or null when it is absent or not an object (then noted in {@code fields}). */
    public static ShippingAddress address(JsonFields fields, JsonObject body) {
        JsonObject addressJson = fields.object(body, "shippingAddress", "shippingAddress");
        return addressJson == null
                ? null
                : new ShippingAddress(
                        PlaceOrderCommand.normaliseCountry(
                                fields.string(addressJson, "country", "shippingAddress.country")),
                        fields.string(addressJson, "province", "shippingAddress.province"),
                        fields.string(addressJson, "city", "shippingAddress.city"),
                        fields.string(addressJson, "district", "shippingAddress.district"),
                        fields.string(addressJson, "line", "shippingAddress.line"),
                        fields.string(addressJson, "postcode", "shippingAddress.postcode"));
    }
}
