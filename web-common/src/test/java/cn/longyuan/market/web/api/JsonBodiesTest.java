package cn.longyuan.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile bodies are refused as the client's fault, each bad field named, never as a server failure. */
class JsonBodiesTest {

    private static final JsonShape ORDER = OrderRequests.SHAPE;

    @Test
    void aBodyWithOnlyKnownFieldsIsRead() {
        JsonObject body = JsonBodies.object("""
                {"lines": [{"productId": "7", "quantity": 2}], "contact": {"name": "王芳\\t", "phone": "13912345678"},
                 "shippingAddress": {"province": "甘肃省", "city": "金昌市", "line": "北京路 18 号\\n二楼"}, "paymentMethod": "BANK_TRANSFER"}""", ORDER);
        assertEquals("王芳\t", body.getJsonObject("contact").getString("name"));
    }

    @Test
    void unknownFieldsAreNamedWhereverTheyAre() {
        RequestRefusedException refused =
                assertThrows(RequestRefusedException.class, () -> JsonBodies.object("""
                {"lines": [{"productId": "7", "quantiy": 2}], "contact": {"name": "王芳", "fax": "1"}, "coupon": "FREE"}""", ORDER));
        assertEquals(RequestRefusedException.Reason.VALIDATION, refused.reason());
        assertEquals(List.of("lines[0].quantiy", "contact.fax", "coupon"), fields(refused));
        assertEquals("unknown field", refused.violations().get(0).message());
    }

    @Test
    void aControlCharacterInAnyTextOrFieldNameIsRefusedAtItsPath() {
        RequestRefusedException refused =
                assertThrows(RequestRefusedException.class, () -> JsonBodies.object("""
                {"contact": {"name": "A\\u0000B"}, "shippingAddress": {"line": "\\u001b[2J", "city": "\\ud800"}}""", ORDER));
        assertEquals(List.of("contact.name", "shippingAddress.line", "shippingAddress.city"), fields(refused));
        assertTrue(refused.violations().get(0).message().contains("U+0000"));

        RequestRefusedException inName = assertThrows(
                RequestRefusedException.class, () -> JsonBodies.object("{\"a\\u0000\": 1}", JsonShape.ANY));
        assertEquals(List.of("a\u0000"), fields(inName));
    }

    @Test
    void aBodyNestedDeeperThanAnyCallNeedsIsMalformedNotAFailure() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThrows(JsonParsingException.class, () -> JsonBodies.object(deep, ORDER));
        String deepObject = "{\"a\":".repeat(1500) + "1" + "}".repeat(1500);
        assertThrows(JsonParsingException.class, () -> JsonBodies.object(deepObject, JsonShape.ANY));
        assertEquals(
                1,
                JsonBodies.object(
                                "{\"a\":".repeat(JsonBodies.MAX_DEPTH - 1) + "1" + "}".repeat(JsonBodies.MAX_DEPTH - 1),
                                JsonShape.ANY)
                        .size());
    }

    @Test
    void aRepeatedKeyIsMalformed() {
        assertThrows(
                JsonParsingException.class,
                () -> JsonBodies.object(
                        "{\"paymentMethod\": \"STRIPE\", \"paymentMethod\": \"BANK_TRANSFER\"}", ORDER));
    }

    @Test
    void notAnObjectOrNoBodyIsAValidationError() {
        assertEquals(
                List.of("body"),
                fields(assertThrows(RequestRefusedException.class, () -> JsonBodies.object("[1]", ORDER))));
        assertEquals(
                List.of("body"),
                fields(assertThrows(RequestRefusedException.class, () -> JsonBodies.object(" ", ORDER))));
        assertEquals(0, JsonBodies.optionalObject(null, JsonShape.of("reason")).size());
    }

    @Test
    void hugeNumbersAreReadAsNumbersAndRefusedByTheirField() {
        JsonObject body = JsonBodies.object("{\"lines\": [{\"productId\": 1e400, \"quantity\": 1e999999}]}", ORDER);
        JsonFields fields = new JsonFields();
        fields.integer(body.getJsonArray("lines").getJsonObject(0), "quantity", "lines[0].quantity", 1, 999);
        fields.id(body.getJsonArray("lines").getJsonObject(0), "productId", "lines[0].productId");
        assertEquals(
                List.of("lines[0].quantity", "lines[0].productId"),
                fields.violations().stream().map(FieldViolation::field).toList());
    }

    private static List<String> fields(RequestRefusedException refused) {
        return refused.violations().stream().map(FieldViolation::field).toList();
    }
}
