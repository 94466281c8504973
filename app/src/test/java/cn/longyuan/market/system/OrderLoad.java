package cn.longyuan.market.system;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Buyers placing orders as fast as the server answers them, each on her own connection, until stopped: one piece of
 * a random product with stock, paid by bank transfer (so it holds its stock until paid or expired). Keeps every order
 * answered 201 — the ones the system promised to keep — and counts every other answer by status.
 */
final class OrderLoad implements AutoCloseable {

    record Acknowledged(String number, String accessToken, String idempotencyKey) {}

    private final List<URI> apps;
    private final List<String> productIds;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final LongAdder connectionFailures = new LongAdder();
    private final AtomicInteger sent = new AtomicInteger();
    private final List<Thread> buyers = new ArrayList<>();
    private final String run = Long.toString(System.nanoTime(), 36);

    private OrderLoad(List<URI> apps, List<String> productIds) {
        this.apps = apps;
        this.productIds = productIds;
    }

    /** Starts {@code buyers} threads against the apps (round robin by buyer). */
    static OrderLoad start(int buyers, List<URI> apps, List<String> productIds) {
        OrderLoad load = new OrderLoad(apps, productIds);
        for (int i = 0; i < buyers; i++) {
            int buyer = i;
            Thread thread = Thread.ofPlatform().name("buyer-" + i).daemon().start(() -> load.buy(buyer));
            load.buyers.add(thread);
        }
        return load;
    }

    /** The ids of products with at least {@code min} pieces available, from the public API. */
    static List<String> productsInStock(RunningApp app, int min) {
        return Http.json(Http.get(app.uri("api/v1/products?size=100")))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getInt("available") >= min)
                .map(p -> p.getString("id"))
                .toList();
    }

    private void buy(int buyer) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3))
                .build();
        URI app = apps.get(buyer % apps.size());
        int n = 0;
        while (running.get()) {
            String key = "load-" + run + "-" + buyer + "-" + n++;
            String product = productIds.get(ThreadLocalRandom.current().nextInt(productIds.size()));
            HttpRequest request = HttpRequest.newBuilder(app.resolve("api/v1/orders"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(PublicApiIT.orderBody(product, 1, "BANK_TRANSFER")))
                    .build();
            sent.incrementAndGet();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder())
                        .increment();
                if (response.statusCode() == 201) {
                    JsonObject order = Http.json(response);
                    acknowledged.add(new Acknowledged(order.getString("number"), order.getString("accessToken"), key));
                } else if (response.statusCode() >= 500 && serverErrors.size() < 20) {
                    serverErrors.add(response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                // the server went away mid-request (the crash test kills it): not an answer
                connectionFailures.increment();
                sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    long count(int status) {
        LongAdder adder = statuses.get(status);
        return adder == null ? 0 : adder.sum();
    }

    long countAtLeast(int status) {
        return statuses.entrySet().stream()
                .filter(e -> e.getKey() >= status)
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }

    Map<Integer, Long> statuses() {
        Map<Integer, Long> copy = new java.util.TreeMap<>();
        statuses.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }

    long connectionFailures() {
        return connectionFailures.sum();
    }

    int sent() {
        return sent.get();
    }

    /** Stops the buyers and waits for their last requests to end. */
    @Override
    public void close() {
        running.set(false);
        for (Thread buyer : buyers) {
            try {
                buyer.join(Duration.ofSeconds(40));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
