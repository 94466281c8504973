package cn.longyuan.market.web.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A failure thrown behind the guard (by a filter in front of the resources) under /api/ is the APIs' JSON answer. */
class RequestGuardFilterTest {

    private final StringWriter body = new StringWriter();
    private final Map<String, Object> answered = new HashMap<>();

    @Test
    void aDatabaseGoneUnderAnApiCallIsA503InTheApisJson() throws Exception {
        new RequestGuardFilter().doFilter(request("/api/v1/products"), response(false), (req, res) -> {
            throw new IllegalStateException(
                    "catalogue check", new SQLTransientConnectionException("connection refused"));
        });
        assertEquals(503, answered.get("status"));
        assertEquals("application/json;charset=UTF-8", answered.get("type"));
        JsonObject json = Json.createReader(new StringReader(body.toString())).readObject();
        assertEquals("UNAVAILABLE", json.getString("error"));
        assertTrue(json.getJsonArray("violations").isEmpty());
    }

    @Test
    void anyOtherFailureIsA500WithAnIncidentAndNoTrace() throws Exception {
        new RequestGuardFilter().doFilter(request("/api/v1/orders"), response(false), (req, res) -> {
            throw new ServletException("boom", new NullPointerException("in a filter"));
        });
        assertEquals(500, answered.get("status"));
        JsonObject json = Json.createReader(new StringReader(body.toString())).readObject();
        assertEquals("INTERNAL", json.getString("error"));
        assertTrue(json.getString("message").contains("incident"), json.toString());
        assertFalse(body.toString().contains("NullPointerException"), body.toString());
    }

    @Test
    void pagesAndAnswersAlreadyUnderWayKeepTheContainersHandling() {
        RuntimeException failure = new IllegalStateException("a page's own failure");
        assertSame(
                failure,
                assertThrows(
                        IllegalStateException.class,
                        () -> new RequestGuardFilter().doFilter(request("/products/1"), response(false), (req, res) -> {
                            throw failure;
                        })),
                "a page: the error page the war declares");
        assertThrows(
                IllegalStateException.class,
                () -> new RequestGuardFilter().doFilter(request("/api/v1/products"), response(true), (req, res) -> {
                    throw failure;
                }),
                "an answer already sent cannot be replaced");
        assertEquals("", body.toString());
    }

    private static HttpServletRequest request(String path) {
        Map<String, Object> values = Map.of(
                "getRequestURI",
                path,
                "getContextPath",
                "",
                "getContentLengthLong",
                -1L,
                "getCharacterEncoding",
                "UTF-8",
                "getParameterMap",
                Map.of(),
                "getMethod",
                "GET");
        return (HttpServletRequest) Proxy.newProxyInstance(
                RequestGuardFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> values.get(method.getName()));
    }

    private HttpServletResponse response(boolean committed) {
        PrintWriter writer = new PrintWriter(body);
        return (HttpServletResponse) Proxy.newProxyInstance(
                RequestGuardFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isCommitted" -> committed;
                    case "setStatus" -> answered.put("status", args[0]);
                    case "setContentType" -> answered.put("type", args[0]);
                    case "getWriter" -> writer;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
