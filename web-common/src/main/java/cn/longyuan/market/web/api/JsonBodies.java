package cn.longyuan.market.web.api;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.shared.PlainText;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reading request bodies by hand rather than binding them, so that a wrong type in one field is reported
 * as that field's violation instead of failing the whole body; and the canonical form of a body, so that two
 * requests "equal as parsed JSON" (whatever their spacing or key order) are recognised as the same.
 */
public final class JsonBodies {

    private JsonBodies() {}

    /**
     * How deep a body may nest. The deepest body of either API is three levels (an order's lines); Parsson's own
     * limit is 1000, deep enough for a stack of nested arrays to cost real work before it is refused.
     */
    static final int MAX_DEPTH = 16;

    /**
     * Found once: {@code Json.createValue} looks its provider up through the class loader on every call, which
     * was a tenth of the CPU of placing an order (a JFR profile of bench/run).
     */
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of(
            "org.eclipse.parsson.maxDepth",
            MAX_DEPTH,
            // {"quantity": 1, "quantity": 900}: which one did the client mean? Neither is guessed.
            "org.eclipse.parsson.rejectDuplicateKeys",
            true));

    /**
     * The body as a JSON object with only the fields of {@code shape}: MALFORMED_JSON when it is not JSON (or
     * nests deeper than any call needs, or repeats a key), VALIDATION when it is not an object, names a field the
     * call does not know, or holds a text with a control character (NUL, ESC...) anywhere — every such field at once.
     */
    public static JsonObject object(String body, JsonShape shape) {
        if (body == null || body.isBlank()) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.VALIDATION,
                    "The request needs a JSON body.",
                    List.of(new FieldViolation("body", "required")));
        }
        JsonValue value = parse(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.VALIDATION,
                    "The request body must be a JSON object.",
                    List.of(new FieldViolation("body", "must be a JSON object")));
        }
        JsonObject object = value.asJsonObject();
        List<FieldViolation> violations = new ArrayList<>();
        shape.check(object, "", violations);
        checkTexts(object, "", violations);
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.VALIDATION,
                    "The request has " + violations.size() + " invalid field(s).",
                    violations);
        }
        return object;
    }

    /** As {@link #object}, for a call whose body may be left out: no body reads as an empty object. */
    public static JsonObject optionalObject(String body, JsonShape shape) {
        return body == null || body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT : object(body, shape);
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson refuses too deep a body with a bare RuntimeException and a repeated key with a JsonException
            throw new JsonParsingException("not acceptable JSON: " + e.getMessage(), null);
        }
    }

    /** Texts and field names with a character no person types (PostgreSQL cannot even store NUL). */
    private static void checkTexts(JsonValue value, String path, List<FieldViolation> violations) {
        switch (value.getValueType()) {
            case OBJECT -> {
                for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
                    String field = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                    if (!PlainText.isAcceptable(entry.getKey())) {
                        violations.add(
                                new FieldViolation(field, "the field name " + PlainText.whyForbidden(entry.getKey())));
                    } else {
                        checkTexts(entry.getValue(), field, violations);
                    }
                }
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    checkTexts(array.get(i), path + "[" + i + "]", violations);
                }
            }
            case STRING -> {
                String text = ((JsonString) value).getString();
                if (!PlainText.isAcceptable(text)) {
                    violations.add(new FieldViolation(path, PlainText.whyForbidden(text)));
                }
            }
            default -> {
                // numbers, booleans and null hold no text
            }
        }
    }

    /** SHA-256 of the canonical form: keys sorted at every level, numbers as written, no spacing. */
    public static String canonicalHash(JsonValue value) {
        StringBuilder canonical = new StringBuilder();
        appendCanonical(value, canonical);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Equal numbers written alike ("2", "2.0", "2e0"); a huge exponent stays an exponent instead of a billion digits. */
    private static String canonicalNumber(java.math.BigDecimal number) {
        java.math.BigDecimal stripped = number.stripTrailingZeros();
        return Math.abs(stripped.scale()) <= 100 ? stripped.toPlainString() : stripped.toString();
    }

    private static void appendCanonical(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (var entry : new TreeMap<>(value.asJsonObject()).entrySet()) {
                    out.append(first ? "" : ",")
                            .append(PROVIDER.createValue(entry.getKey()))
                            .append(':');
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
            case NUMBER -> out.append(canonicalNumber(((JsonNumber) value).bigDecimalValue()));
            case STRING -> out.append(PROVIDER.createValue(((JsonString) value).getString()));
            default -> out.append(value);
        }
    }
}
