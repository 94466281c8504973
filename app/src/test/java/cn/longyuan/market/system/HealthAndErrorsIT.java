package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthAndErrorsIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void readinessReportsTheMigratedSchema() {
        HttpResponse<String> response = Http.get(app.uri("health/ready"));

        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = Http.json(response);
        assertEquals("UP", body.getString("status"));
        assertTrue(response.body().contains("schema at version"), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"health/live", "openapi"})
    void operationalEndpointsAnswer(String path) {
        assertEquals(200, Http.get(app.uri(path)).statusCode(), path);
    }

    /** MicroProfile Metrics is switched off (app/src/main/runtime/post-boot.asadmin): nobody reads the JVM's figures. */
    @ParameterizedTest
    @ValueSource(strings = {"metrics", "metrics/base", "metrics/vendor", "metrics/application", "metrics?scope=base"})
    void metricsAreNotPublic(String path) {
        for (String accept : new String[] {"text/plain", "application/json"}) {
            HttpResponse<String> response = Http.get(app.uri(path), "Accept", accept);
            assertTrue(
                    java.util.Set.of(401, 403, 404).contains(response.statusCode()),
                    path + " (" + accept + "): " + response.statusCode() + " "
                            + response.headers().map() + " "
                            + response.body()
                                    .substring(0, Math.min(300, response.body().length())));
            assertFalse(
                    response.body().contains("# TYPE")
                            || response.body().contains("memory")
                            || response.body().contains("jvm"),
                    path + ": " + response.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/v1/no-such-thing", "api/nothing/at/all", "admin/api/v1/no-such-thing"})
    void anUnknownApiPathIsAJsonNotFound(String path) {
        // the back-office API authenticates before it routes (no credentials: 401 for any path), so ask as a user
        HttpResponse<String> response = Http.get(
                app.uri(path),
                "Accept",
                "text/html",
                "Authorization",
                BackOffice.basic("federation", BackOffice.DEMO_PASSWORD));

        assertEquals(404, response.statusCode());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        JsonObject body = Http.json(response);
        assertEquals("NOT_FOUND", body.getString("error"));
        assertFalse(body.getString("message").isBlank());
        assertEquals(0, body.getJsonArray("violations").size());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void anUnknownPageIsAFriendlyHtmlNotFound() {
        HttpResponse<String> response = Http.get(app.uri("no-such-page.xhtml"), "Accept-Language", "en");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"), response.body());
    }
}
