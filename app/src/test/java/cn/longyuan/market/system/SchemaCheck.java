package cn.longyuan.market.system;

import io.swagger.v3.oas.models.media.Schema;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds a real JSON answer to the schema a document gives it (resolved, {@code $ref}s inlined): every field the answer
 * carries is named in the schema with a matching JSON type, and every field the schema requires is there, down through
 * objects and arrays. So a renamed, added or dropped field shows as a difference between code and document.
 */
final class SchemaCheck {

    private SchemaCheck() {}

    static List<String> problems(JsonValue value, Schema<?> schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems);
        return problems;
    }

    private static void check(JsonValue value, Schema<?> schema, String at, List<String> problems) {
        if (schema == null) {
            problems.add(at + " has no schema in the document");
            return;
        }
        if (schema.getOneOf() != null || schema.getAnyOf() != null) {
            return; // one of several: nothing single to hold the value to
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        String type = collect(schema, properties, required);
        switch (value.getValueType()) {
            case OBJECT -> {
                expect(type, "object", at, problems);
                JsonObject object = value.asJsonObject();
                for (String name : object.keySet()) {
                    if (!properties.containsKey(name)) {
                        if (!Boolean.TRUE.equals(schema.getAdditionalProperties())) {
                            problems.add(at + "." + name + " is not in the document");
                        }
                    } else {
                        check(object.get(name), properties.get(name), at + "." + name, problems);
                    }
                }
                required.stream()
                        .filter(name -> !object.containsKey(name))
                        .forEach(name -> problems.add(at + "." + name + " is required by the document but missing"));
            }
            case ARRAY -> {
                expect(type, "array", at, problems);
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    check(array.get(i), schema.getItems(), at + "[" + i + "]", problems);
                }
            }
            case STRING -> expect(type, "string", at, problems);
            case NUMBER -> expect(type, ((JsonNumber) value).isIntegral() ? "integer" : "number", at, problems);
            case TRUE, FALSE -> expect(type, "boolean", at, problems);
            case NULL -> problems.add(at + " is null (a field without a value is left out)");
        }
    }

    /** The schema's properties and required names, allOf members included; its type, or null when it names none. */
    private static String collect(Schema<?> schema, Map<String, Schema> properties, Set<String> required) {
        String type = schema.getType();
        if (schema.getProperties() != null) {
            properties.putAll(schema.getProperties());
        }
        if (schema.getRequired() != null) {
            required.addAll(schema.getRequired());
        }
        if (schema.getAllOf() != null) {
            for (Schema<?> part : schema.getAllOf()) {
                String partType = collect(part, properties, required);
                type = type != null ? type : partType;
            }
        }
        return type != null ? type : properties.isEmpty() ? null : "object";
    }

    private static void expect(String documented, String actual, String at, List<String> problems) {
        boolean fits = documented == null
                || documented.equals(actual)
                || ("number".equals(documented) && "integer".equals(actual));
        if (!fits) {
            problems.add(at + " is " + actual + ", the document says " + documented);
        }
    }
}
