package cn.longyuan.market.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a hostile client sends instead of a request body, a path segment or a form field. */
final class HostileInputs {

    /** Bodies of 2 MB: larger than any call accepts, refused with 413 before they are read. */
    static final String OVERSIZED = "{\"text\": \"" + "长".repeat(700_000) + "\"}";

    private HostileInputs() {}

    /**
     * Named files that no import may take, built around the call's own example (a CSV header): NUL and control
     * characters in cells, a broken quote, an Excel signature with nothing behind it, nothing but control bytes,
     * a header of thousands of columns.
     */
    static Map<String, String> files(String csvExample) {
        String header = csvExample.strip();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("NUL in a cell", header + "\n" + "A\u0000B,true\n");
        files.put("escape sequences", header + "\n" + "\u001b[2J\u0007,true\n");
        files.put("unclosed quote", header + "\n" + "\"abc,true\n");
        files.put("xlsx signature only", "PK\u0003\u0004" + "x".repeat(100));
        files.put("control bytes only", "\u0000\u0001\u0011\u001a\u007f");
        files.put("wide header", "c,".repeat(20_000) + "c\n");
        files.put("only blank lines", "\n\n\n");
        return files;
    }

    /** Named JSON bodies that no call may take, built around the call's own example body (or an empty object). */
    static Map<String, String> bodies(String example) {
        JsonObject base = example == null ? JsonValue.EMPTY_JSON_OBJECT : parse(example);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("deep arrays", "[".repeat(5000) + "]".repeat(5000));
        bodies.put("deep objects", "{\"a\":".repeat(2000) + "1" + "}".repeat(2000));
        bodies.put("not JSON", "{\"lines\": [}");
        bodies.put("an array", "[]");
        bodies.put("a string", "\"text\"");
        bodies.put("a number", "1e99999999");
        bodies.put("null", "null");
        bodies.put("unknown field", with(base, "zzUnknownField", Json.createValue(1)));
        bodies.put("repeated key", "{\"reason\": \"a\", \"reason\": \"b\"}");
        bodies.put("NUL", with(base, "reason", Json.createValue("A\u0000B")));
        bodies.put("escape sequence", with(base, "text", Json.createValue("\u001b[2J\u0007")));
        bodies.put("lone surrogate", "{\"reason\": \"\\ud800\"}");
        bodies.put("NUL in a field name", "{\"re\\u0000ason\": \"x\"}");
        for (String field : base.keySet()) {
            bodies.put(
                    field + " as an object",
                    with(base, field, Json.createObjectBuilder().add("a", 1).build()));
            bodies.put(
                    field + " as an array",
                    with(base, field, Json.createArrayBuilder().add(1).build()));
            bodies.put(
                    field + " as a huge number",
                    with(base, field, Json.createValue(new java.math.BigDecimal("1e400"))));
            bodies.put(
                    field + " as a negative huge integer",
                    with(base, field, Json.createValue(new java.math.BigInteger("-123456789012345678901234567890"))));
            bodies.put(field + " as true", with(base, field, JsonValue.TRUE));
            bodies.put(field + " as a long text", with(base, field, Json.createValue("长".repeat(20_000))));
            bodies.put(field + " with NUL", with(base, field, Json.createValue("x\u0000y")));
        }
        return bodies;
    }

    /** Values for an id or number in a path, each of which names nothing. */
    static List<String> pathSegments() {
        return List.of(
                "0",
                "-1",
                "99999999999999999999999",
                "1e400",
                "%00",
                "%E2%80%8B",
                "..%2F..%2Fetc%2Fpasswd",
                "%3Cscript%3E",
                "a".repeat(3000),
                "%F0%9F%A7%A7",
                "%C3%28");
    }

    /** Query parameter values no parameter takes. */
    static List<String> queryValues() {
        return List.of(
                "%00",
                "-1",
                "1e400",
                "99999999999999999999",
                "%1B%5B2J",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "x".repeat(5000),
                "%E2%80%8B",
                "abc");
    }

    private static String with(JsonObject base, String field, JsonValue value) {
        JsonObjectBuilder builder = Json.createObjectBuilder(base);
        builder.add(field, value);
        return builder.build().toString();
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The fields of a JSON body a call's example names (for the per-field variants). */
    static List<String> fields(String example) {
        return example == null ? List.of() : new ArrayList<>(parse(example).keySet());
    }
}
