package cn.longyuan.market.web.api;

import cn.longyuan.market.application.RequestRefusedException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * Reading request bodies by hand rather than binding them, so that a wrong type in one field is reported
 * as that field's violation instead of failing the whole body; and the canonical form of a body, so that two
 * requests "equal as parsed JSON" (whatever their spacing or key order) are recognised as the same.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** The body as a JSON object; MALFORMED_JSON when it is not JSON, VALIDATION when it is not an object. */
    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new RequestRefusedException(RequestRefusedException.Reason.VALIDATION, "The request needs a JSON body.",
                    java.util.List.of(new cn.longyuan.market.application.FieldViolation("body", "required")));
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw e;
        } catch (jakarta.json.JsonException e) {
            throw new JsonParsingException("not JSON: " + e.getMessage(), null);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new RequestRefusedException(RequestRefusedException.Reason.VALIDATION, "The request body must be a JSON object.",
                    java.util.List.of(new cn.longyuan.market.application.FieldViolation("body", "must be a JSON object")));
        }
        return value.asJsonObject();
    }

    /** SHA-256 of the canonical form: keys sorted at every level, numbers as written, no spacing. */
    public static String canonicalHash(JsonValue value) {
        StringBuilder canonical = new StringBuilder();
        appendCanonical(value, canonical);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void appendCanonical(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (var entry : new TreeMap<>(value.asJsonObject()).entrySet()) {
                    out.append(first ? "" : ",").append(Json.createValue(entry.getKey())).append(':');
                    appendCanonical(entry.getValue(), out);
                    first = false;
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    out.append(i > 0 ? "," : "");
                    appendCanonical(array.get(i), out);
                }
                out.append(']');
            }
            case NUMBER -> out.append(((JsonNumber) value).bigDecimalValue().stripTrailingZeros().toPlainString());
            case STRING -> out.append(Json.createValue(((JsonString) value).getString()));
            default -> out.append(value);
        }
    }
}
