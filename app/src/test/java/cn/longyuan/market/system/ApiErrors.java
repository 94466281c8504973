package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.media.Schema;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Assertions on the error body every API answers with (api.md "Errors"). */
final class ApiErrors {

    private ApiErrors() {}

    /** Asserts status, JSON error code and that the violations name exactly these fields (in any order). */
    static JsonObject assertError(HttpResponse<String> response, int status, String code, String... fields) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "content type " + response.headers().firstValue("Content-Type") + " of " + response.body());
        assertNoStackTrace(response);
        JsonObject body = Http.json(response);
        assertEquals(code, body.getString("error"), response.body());
        assertFalse(body.getString("message").isBlank());
        List<String> named = body.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field"))
                .sorted()
                .toList();
        assertEquals(List.of(fields).stream().sorted().toList(), named, response.body());
        body.getJsonArray("violations")
                .getValuesAs(JsonObject.class)
                .forEach(v -> assertFalse(v.getString("message").isBlank(), response.body()));
        return body;
    }

    /** Asserts that an OpenAPI document's schema of a refusal is this body: error, message and violations of field and message. */
    static void assertErrorSchema(Schema<?> schema, String where) {
        assertEquals(
                Set.of("error", "message", "violations"), schema.getProperties().keySet(), where);
        assertEquals(Set.of("error", "message", "violations"), new TreeSet<>(schema.getRequired()), where);
        assertEquals(
                Set.of("field", "message"),
                schema.getProperties()
                        .get("violations")
                        .getItems()
                        .getProperties()
                        .keySet(),
                where);
    }

    static void assertNoStackTrace(HttpResponse<String> response) {
        String body = response.body();
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains(".java:"), body);
    }
}
