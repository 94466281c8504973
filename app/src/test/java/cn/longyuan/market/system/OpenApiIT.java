package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The anonymous {@code /openapi}: a valid OpenAPI 3 document of exactly the operations and parameters the shop serves
 * under {@code /api} (Jersey's own list, its WADL), with the answers and refusals api.md gives each, schemas that fit
 * the real answers field for field, and nothing of the back office.
 */
class OpenApiIT {

    private static final RunningApp app = RunningApp.get();

    /** What api.md says each public operation answers: its success, then the refusals it names. */
    private static final Map<String, List<Integer>> STATUSES = Map.of(
            "GET /api/v1/products", List.of(200, 400),
            "GET /api/v1/products/{id}", List.of(200, 404),
            "GET /api/v1/trace/{code}", List.of(200, 404),
            "POST /api/v1/orders", List.of(201, 400, 409, 415, 422, 503),
            "GET /api/v1/orders/{number}", List.of(200, 401, 404),
            "POST /api/v1/orders/{number}/payment-intent", List.of(200, 401, 404, 409, 503),
            "POST /api/v1/orders/{number}/cancel", List.of(200, 401, 404, 409),
            "POST /api/v1/orders/{number}/returns", List.of(201, 400, 401, 404, 409),
            "GET /api/v1/orders/{number}/returns", List.of(200, 401, 404),
            "POST /api/v1/payments/stripe/webhook", List.of(200, 400, 503));

    /** Words only the back office's document has: artisans' private fields, its own terms, its address. */
    private static final List<String> BACK_OFFICE_WORDS = List.of(
            "idNumber",
            "household",
            "realName",
            "publicConsent",
            "storyZh",
            "storyEn",
            "REGISTERED_POOR",
            "basisPoints",
            "pieceRate",
            "recordedBy",
            "/admin");

    private static OpenApiDocument document;

    @BeforeAll
    static void readTheServedDocument() {
        HttpResponse<String> served = Http.get(app.uri("openapi"));
        assertEquals(200, served.statusCode(), served.body());
        document = OpenApiDocument.parse(served.body());
    }

    @Test
    void isAValidOpenApi3DocumentAsYamlAndAsJson() {
        assertEquals(List.of(), document.problems(), document.text());
        assertTrue(
                document.model().getOpenapi().startsWith("3."), document.model().getOpenapi());

        HttpResponse<String> json = Http.get(app.uri("openapi"), "Accept", "application/json");
        assertEquals(200, json.statusCode(), json.body());
        OpenApiDocument asJson = OpenApiDocument.parse(json.body());
        assertEquals(List.of(), asJson.problems(), json.body());
        assertEquals(document.operations(), asJson.operations());
    }

    @Test
    void describesEveryOperationAndParameterTheShopServes() {
        HttpResponse<String> wadl = Http.get(app.uri("api/application.wadl"));
        assertEquals(200, wadl.statusCode(), wadl.body());
        Map<String, Set<String>> served = Wadl.operations(wadl.body(), "");
        assertFalse(served.isEmpty(), wadl.body());

        // Accept-Language is read from the request's headers, not a JAX-RS parameter: documented, but not in the WADL
        Map<String, Set<String>> documented = new TreeMap<>(document.operations());
        documented.replaceAll((operation, parameters) -> {
            Set<String> named = new TreeSet<>(parameters);
            named.remove("header Accept-Language");
            return named;
        });
        assertEquals(served, documented);
        assertEquals(new TreeSet<>(STATUSES.keySet()), documented.keySet());
    }

    @Test
    void eachOperationDocumentsItsAnswerAndEveryRefusalWithTheSharedErrorBody() {
        document.forEachOperation((key, item, operation) -> {
            Set<String> statuses = operation.getResponses().keySet();
            STATUSES.get(key)
                    .forEach(status ->
                            assertTrue(statuses.contains(status.toString()), key + " documents no " + status));
            assertFalse(statuses.contains("default"), key + ": every answer has its own status");
            for (Map.Entry<String, ApiResponse> answer :
                    operation.getResponses().entrySet()) {
                String where = key + " " + answer.getKey();
                assertFalse(answer.getValue().getDescription().isBlank(), where);
                assertNotNull(answer.getValue().getContent(), where + " has no body");
                Schema<?> schema =
                        answer.getValue().getContent().get("application/json").getSchema();
                assertNotNull(schema, where);
                if (!answer.getKey().startsWith("2")) {
                    ApiErrors.assertErrorSchema(schema, where);
                }
            }
            // placing an order and asking for a return take a body; its payment intent, its cancel and reads take none
            if (key.equals("POST /api/v1/orders")
                    || key.equals("POST /api/v1/orders/{number}/returns")
                    || key.endsWith("/webhook")) {
                assertTrue(operation.getRequestBody().getRequired(), key);
                assertNotNull(
                        operation
                                .getRequestBody()
                                .getContent()
                                .get("application/json")
                                .getSchema(),
                        key);
            }
        });
    }

    @Test
    void realAnswersHaveExactlyTheFieldsTheDocumentNames() {
        HttpResponse<String> listed = Http.get(app.uri("api/v1/products?size=100&lang=en"));
        fits("GET /api/v1/products", 200, listed);
        Set<String> onSale = Http.json(listed).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("id"))
                .collect(Collectors.toSet());
        // a batch of a product on sale: its page has a maker, its trace code opens
        JsonObject batch = Http.jsonArray(BackOffice.get(app, "federation", "/api/v1/production-batches")).stream()
                .filter(b -> onSale.contains(b.getString("productId")))
                .findFirst()
                .orElseThrow();
        String product = batch.getString("productId");
        fits("GET /api/v1/products", 400, Http.get(app.uri("api/v1/products?sort=cheapest&minPrice=x")));
        fits("GET /api/v1/products/{id}", 200, Http.get(app.uri("api/v1/products/" + product)));
        fits("GET /api/v1/products/{id}", 404, Http.get(app.uri("api/v1/products/999999999")));
        fits(
                "GET /api/v1/trace/{code}",
                200,
                Http.get(app.uri("api/v1/trace/" + batch.getString("traceCode") + "?lang=en")));

        String inStock = Http.json(Http.get(app.uri("api/v1/products?inStock=true")))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
        HttpResponse<String> placed = Http.post(
                app.uri("api/v1/orders"),
                "application/json",
                PublicApiIT.orderBody(inStock, 1, "BANK_TRANSFER"),
                "Idempotency-Key",
                "openapi-" + System.nanoTime());
        fits("POST /api/v1/orders", 201, placed);
        String number = Http.json(placed).getString("number");
        String bearer = "Bearer " + Http.json(placed).getString("accessToken");
        fits("GET /api/v1/orders/{number}", 200, Http.get(app.uri("api/v1/orders/" + number), "Authorization", bearer));
        fits("GET /api/v1/orders/{number}", 401, Http.get(app.uri("api/v1/orders/" + number)));
        fits(
                "POST /api/v1/orders/{number}/payment-intent",
                409,
                Http.post(
                        app.uri("api/v1/orders/" + number + "/payment-intent"),
                        "application/json",
                        "",
                        "Authorization",
                        bearer));
        // a return of an order not yet delivered: refused, in the documented shape
        String returnBody = "{\"lineId\": 1, \"quantity\": 1, \"reason\": \"DAMAGED\"}";
        fits(
                "POST /api/v1/orders/{number}/returns",
                409,
                Http.post(
                        app.uri("api/v1/orders/" + number + "/returns"),
                        "application/json",
                        returnBody,
                        "Authorization",
                        bearer));
        fits(
                "GET /api/v1/orders/{number}/returns",
                200,
                Http.get(app.uri("api/v1/orders/" + number + "/returns"), "Authorization", bearer));
        fits("GET /api/v1/orders/{number}/returns", 401, Http.get(app.uri("api/v1/orders/" + number + "/returns")));
        fits(
                "POST /api/v1/orders/{number}/returns",
                401,
                Http.post(app.uri("api/v1/orders/" + number + "/returns"), "application/json", returnBody));
        fits(
                "POST /api/v1/orders/{number}/cancel",
                401,
                Http.post(app.uri("api/v1/orders/" + number + "/cancel"), "application/json", ""));
        fits(
                "POST /api/v1/orders/{number}/cancel",
                404,
                Http.post(
                        app.uri("api/v1/orders/" + number + "/cancel"),
                        "application/json",
                        "",
                        "Authorization",
                        "Bearer not-its-token"));
        fits(
                "POST /api/v1/orders/{number}/cancel",
                200,
                Http.post(
                        app.uri("api/v1/orders/" + number + "/cancel"),
                        "application/json",
                        "",
                        "Authorization",
                        bearer));
        fits(
                "POST /api/v1/orders/{number}/cancel",
                409,
                Http.post(
                        app.uri("api/v1/orders/" + number + "/cancel"),
                        "application/json",
                        "",
                        "Authorization",
                        bearer));
        fits(
                "POST /api/v1/payments/stripe/webhook",
                400,
                Http.post(
                        app.uri("api/v1/payments/stripe/webhook"),
                        "application/json",
                        "{}",
                        "Stripe-Signature",
                        "t=1,v1=forged"));
    }

    @Test
    void namesNothingOfTheBackOffice() {
        for (String word : BACK_OFFICE_WORDS) {
            // a whole word: "HistoryEntry" holds "storyEn" and is the shop's
            boolean named = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(word) + "(?![A-Za-z])")
                    .matcher(document.text())
                    .find();
            assertFalse(named, "the public document names " + word);
        }
        document.operations().keySet().forEach(key -> assertTrue(key.split(" ")[1].startsWith("/api/v1/"), key));
        if (document.model().getServers() != null) {
            document.model()
                    .getServers()
                    .forEach(server -> assertFalse(server.getUrl().contains("admin"), server.getUrl()));
        }
        // an artisan as the shop shows her: her public profile, no phone
        assertEquals(
                Set.of("displayName", "story", "photoUrl", "levels", "trainings"),
                document.component("Maker").getProperties().keySet());
    }

    private static void fits(String operation, int status, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), operation + ": " + answer.body());
        List<String> problems =
                SchemaCheck.problems(Http.json(answer), document.answer(operation, status, "application/json"));
        assertEquals(List.of(), problems, operation + " " + status + ": " + answer.body());
    }
}
