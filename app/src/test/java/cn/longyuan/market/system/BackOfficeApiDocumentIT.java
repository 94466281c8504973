package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.admin.interfaces.BackOfficeCall;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The back-office API's own OpenAPI document, {@code GET /admin/api/v1/openapi.yaml}: for signed-in staff only, a
 * valid OpenAPI 3 document naming every operation and parameter the back office serves (Jersey's WADL of
 * {@code /admin/api}) and every call of {@link BackOfficeCall}.
 */
class BackOfficeApiDocumentIT {

    private static final RunningApp app = RunningApp.get();
    private static final String PATH = "/api/v1/openapi.yaml";

    private static OpenApiDocument document;

    @BeforeAll
    static void readAsFederationStaff() {
        HttpResponse<String> served = BackOffice.get(app, "federation", PATH);
        assertEquals(200, served.statusCode(), served.body());
        document = OpenApiDocument.parse(served.body());
    }

    @Test
    void needsABackOfficeLogin() {
        HttpResponse<String> anonymous = Http.get(app.uri("admin" + PATH));
        ApiErrors.assertError(anonymous, 401, "UNAUTHORIZED");
        assertTrue(
                anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                anonymous.headers().toString());

        ApiErrors.assertError(
                Http.get(app.uri("admin" + PATH), "Authorization", BackOffice.basic("federation", "not-the-password")),
                401,
                "UNAUTHORIZED");
        ApiErrors.assertError(BackOffice.get(app, "buyer-wang", PATH), 403, "FORBIDDEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"federation", "coop-ningyuan", "broker-li"})
    void isAnsweredToBackOfficeStaffAsAValidOpenApi3Document(String user) {
        HttpResponse<String> served = BackOffice.get(app, user, PATH);

        assertEquals(200, served.statusCode(), served.body());
        assertTrue(
                served.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"),
                served.headers().toString());
        assertTrue(
                served.headers().firstValue("Cache-Control").orElse("").contains("private"),
                served.headers().toString());
        OpenApiDocument read = OpenApiDocument.parse(served.body());
        assertEquals(List.of(), read.problems(), served.body());
        assertTrue(read.model().getOpenapi().startsWith("3."), read.model().getOpenapi());
    }

    @Test
    void describesEveryOperationAndParameterTheBackOfficeServes() {
        HttpResponse<String> wadl = BackOffice.get(app, "federation", "/api/application.wadl");
        assertEquals(200, wadl.statusCode(), wadl.body());
        // the document's server is /admin: its paths start at /api
        assertEquals(Wadl.operations(wadl.body(), "/admin"), document.operations());
    }

    @Test
    void namesEveryBackOfficeCall() {
        Set<String> registered = Arrays.stream(BackOfficeCall.values())
                .filter(c -> c.kind() == BackOfficeCall.Kind.API)
                .map(c -> normalised(c.method() + " " + c.path().replaceAll("\\?.*", "")))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = document.operations().keySet().stream()
                .map(BackOfficeApiDocumentIT::normalised)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(registered, documented);
    }

    @Test
    void everyRefusalIsTheSharedErrorBody() {
        document.forEachOperation((key, item, operation) -> {
            assertTrue(
                    operation.getResponses().keySet().stream().anyMatch(s -> s.startsWith("2")),
                    key + " documents no success");
            assertTrue(
                    operation.getResponses().containsKey("401")
                            && operation.getResponses().containsKey("403"),
                    key);
            for (Map.Entry<String, ApiResponse> answer :
                    operation.getResponses().entrySet()) {
                assertNotNull(answer.getValue().getContent(), key + " " + answer.getKey() + " has no body");
                if (!answer.getKey().startsWith("2")) {
                    Schema<?> schema = answer.getValue()
                            .getContent()
                            .get("application/json")
                            .getSchema();
                    ApiErrors.assertErrorSchema(schema, key + " " + answer.getKey());
                }
            }
        });
    }

    @Test
    void realAnswersOfTheListsHaveOnlyFieldsTheDocumentNames() {
        for (String path : List.of(
                "/api/v1/artisans",
                "/api/v1/orders",
                "/api/v1/desk",
                "/api/v1/quotes",
                "/api/v1/income-entries",
                "/api/v1/stock",
                "/api/v1/production-batches",
                "/api/v1/training-courses",
                "/api/v1/work-orders",
                "/api/v1/cooperatives",
                "/api/v1/payments/reconciliation",
                "/api/v1/reports/chain",
                "/api/v1/commissions")) {
            HttpResponse<String> answer = BackOffice.get(app, "federation", path);
            assertEquals(200, answer.statusCode(), path + ": " + answer.body());
            assertEquals(
                    List.of(),
                    SchemaCheck.problems(json(answer.body()), document.answer("GET " + path, 200, "application/json")),
                    path + ": " + answer.body());
        }
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /** "GET /api/v1/orders/{number}/pick-list" → "GET /api/v1/orders/{}/pick-list": placeholders named differently match. */
    private static String normalised(String call) {
        return call.replaceAll("\\{[^}]*}", "{}");
    }
}
