package cn.longyuan.market.web.api;

import cn.longyuan.market.application.shared.FieldViolation;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields a request body may have, written as the API names them: {@code "contact.name"}, {@code "lines[].quantity"}.
 * A field the call does not know is refused ({@code "lines[0].quantiy": "unknown field"}) rather than silently
 * ignored: a typo in an integration would otherwise lose what it meant to say. A field named without sub-fields
 * may hold any value; its type is the reading code's to check ({@link JsonFields}).
 * <p>
 * Usage: {@code JsonBodies.object(body, JsonShape.of("carrier", "trackingNumber"))}.
 */
public final class JsonShape {

    /** For a call whose body is read by other rules (or not at all): every field passes. */
    public static final JsonShape ANY = new JsonShape(null);

    private final Map<String, JsonShape> fields;

    private JsonShape(Map<String, JsonShape> fields) {
        this.fields = fields;
    }

    public static JsonShape of(String... paths) {
        JsonShape root = new JsonShape(new LinkedHashMap<>());
        for (String path : paths) {
            JsonShape node = root;
            for (String part : path.split("\\.")) {
                String name = part.endsWith("[]") ? part.substring(0, part.length() - 2) : part;
                node = node.fields.computeIfAbsent(name, n -> new JsonShape(new LinkedHashMap<>()));
            }
        }
        return root;
    }

    /** Adds a violation for each field of {@code object} (and of its objects and arrays of objects) not in the shape. */
    void check(JsonObject object, String prefix, List<FieldViolation> violations) {
        if (fields == null) {
            return;
        }
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            JsonShape field = fields.get(entry.getKey());
            if (field == null) {
                violations.add(new FieldViolation(path, "unknown field"));
            } else if (!field.fields.isEmpty()) {
                field.checkValue(entry.getValue(), path, violations);
            }
        }
    }

    private void checkValue(JsonValue value, String path, List<FieldViolation> violations) {
        if (value instanceof JsonObject object) {
            check(object, path, violations);
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof JsonObject element) {
                    check(element, path + "[" + i + "]", violations);
                }
            }
        }
    }
}
