package cn.longyuan.market.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Stripe-compatible HTTP server for tests, on a free local port (the JDK's own HttpServer): it answers
 * PaymentIntent and Refund creation as Stripe does (the same answer for a repeated Idempotency-Key), records
 * every request, and can be told to decline, fail or hang. Also signs webhook bodies as Stripe does:
 * {@code t=<seconds>,v1=<hex HMAC-SHA256 of "t.payload" with the webhook secret>}.
 */
public final class FakeStripe implements AutoCloseable {

    public enum Mode {
        OK,
        DECLINE,
        FAIL,
        HANG
    }

    /** A request as received: path, headers of interest, form fields. */
    public record Received(
            String method, String path, String idempotencyKey, String authorization, Map<String, String> form) {}

    public static final String WEBHOOK_SECRET = "whsec_test_secret";

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile Mode mode = Mode.OK;

    public FakeStripe() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = parseForm(body);
            String path = exchange.getRequestURI().getPath();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            received.add(new Received(
                    exchange.getRequestMethod(),
                    path,
                    key,
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    form));
            switch (mode) {
                case HANG -> {
                    try {
                        Thread.sleep(5_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(exchange, 500, "{}");
                    return;
                }
                case FAIL -> {
                    send(
                            exchange,
                            500,
                            "{\"error\": {\"type\": \"api_error\", \"message\": \"Something went wrong on Stripe's end.\"}}");
                    return;
                }
                case DECLINE -> {
                    send(
                            exchange,
                            402,
                            "{\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\", "
                                    + "\"decline_code\": \"generic_decline\", \"message\": \"Your card was declined.\"}}");
                    return;
                }
                case OK -> {}
            }
            String answer = key == null ? null : answers.get(path + "|" + key);
            if (answer == null) {
                int n = ids.incrementAndGet();
                if (path.equals("/v1/payment_intents")) {
                    String id = "pi_fake" + n;
                    answer =
                            "{\"id\": \"" + id + "\", \"object\": \"payment_intent\", \"amount\": " + form.get("amount")
                                    + ", \"currency\": \"" + form.get("currency") + "\", \"client_secret\": \"" + id
                                    + "_secret_fake"
                                    + "\", \"status\": \"requires_payment_method\", \"metadata\": {\"order_number\": \""
                                    + form.get("metadata[order_number]") + "\"}}";
                } else if (path.equals("/v1/refunds")) {
                    answer = "{\"id\": \"re_fake" + n + "\", \"object\": \"refund\", \"amount\": " + form.get("amount")
                            + ", \"currency\": \"cny\", \"payment_intent\": \"" + form.get("payment_intent")
                            + "\", \"status\": \"succeeded\"}";
                } else {
                    send(
                            exchange,
                            404,
                            "{\"error\": {\"type\": \"invalid_request_error\", \"message\": \"Unrecognized request URL\"}}");
                    return;
                }
                if (key != null) {
                    answers.put(path + "|" + key, answer);
                }
            }
            send(exchange, 200, answer);
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_fake");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    /** A payment intent event as Stripe sends it (only the fields this application reads, and a few more). */
    public static String intentEvent(
            String eventId,
            String type,
            String intentId,
            long amountFen,
            String currency,
            String orderNumber,
            String status) {
        return "{\"id\": \"" + eventId + "\", \"object\": \"event\", \"api_version\": \"2025-01-27.acacia\", "
                + "\"created\": 1764381600, \"livemode\": false, \"pending_webhooks\": 1, \"type\": \"" + type + "\", "
                + "\"data\": {\"object\": {\"id\": \"" + intentId + "\", \"object\": \"payment_intent\", \"amount\": "
                + amountFen + ", \"amount_received\": " + (status.equals("succeeded") ? amountFen : 0)
                + ", \"currency\": \"" + currency + "\", \"status\": \"" + status + "\", "
                + (type.endsWith("payment_failed")
                        ? "\"last_payment_error\": {\"message\": \"Your card was declined.\"}, "
                        : "")
                + "\"metadata\": {\"order_number\": \"" + orderNumber + "\"}}}}";
    }

    /** The Stripe-Signature header for a body signed at a time (seconds since the epoch) with a secret. */
    public static String sign(String payload, long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
