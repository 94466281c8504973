package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is restarted while buyers browse and order (unpaid, so that their stock comes back): no answer is 5xx — a request that needs a new connection
 * waits for the database (the pool retries), a read or an order whose statement the restart terminated is made again
 * ({@code RetriedWhenTheDatabaseRestarts}) — and the application recovers by itself, without a restart of its own. Needs {@code TEST_PG_URL} and {@code TEST_PG_RESTART}, the command that restarts that
 * PostgreSQL (.ci/run sets {@code pg_ctlcluster 15 main restart}).
 */
class ReliabilityPostgresRestartIT {

    private static final int CLIENTS = 8;

    private record Answer(Instant at, String call, int status, String body) {}

    /** Unpaid orders give their stock back after 8 s, so that the clients never buy the demo stock out. */
    private static RunningApp start(AppDatabase database, String log) throws Exception {
        Map<String, String> environment = new java.util.HashMap<>(database.environment());
        environment.put("RESERVATION_TTL", "PT8S");
        // its orders are bank transfers, which have a hold time of their own
        environment.put("BANK_TRANSFER_RESERVATION_TTL", "PT8S");
        environment.put("EXPIRY_SWEEP_INTERVAL", "PT1S");
        return RunningApp.startAnother(environment, null, log);
    }

    @Test
    void theApplicationRidesOutARestartOfItsDatabase() throws Exception {
        String restart = System.getenv("TEST_PG_RESTART");
        Assumptions.assumeTrue(restart != null && !restart.isBlank(), "needs TEST_PG_RESTART");
        AppDatabase database = AppDatabase.postgres("it_pg_restart").orElse(null);
        Assumptions.assumeTrue(database != null, "needs TEST_PG_URL");
        RunningApp app = start(database, "app-pg-restart.log");
        try {
            List<String> products = OrderLoad.productsInStock(app, 1);
            Traffic traffic = Traffic.start(app.baseUri(), products);
            Thread.sleep(4000);
            Instant restartStarted = Instant.now();
            Process process =
                    new ProcessBuilder("sh", "-c", restart).inheritIO().start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the restart command ended");
            assertEquals(0, process.exitValue(), "the restart command succeeded");
            Instant restartEnded = Instant.now();
            Thread.sleep(12_000);
            List<Answer> answers = traffic.stop();
            Map<Integer, Long> statuses = statuses(answers);
            List<Answer> failures = answers.stream()
                    .filter(a -> a.status() >= 500 || a.status() < 0)
                    .toList();
            Instant lastFailure =
                    failures.stream().map(Answer::at).max(Instant::compareTo).orElse(restartStarted);
            long afterRecovery = answers.stream()
                    .filter(a -> a.at().isAfter(lastFailure) && a.status() < 400)
                    .count();
            Thread.sleep(10_000);
            List<String> stillInStock = OrderLoad.productsInStock(app, 1);
            assertTrue(stillInStock.size() > 0, "the expired orders gave their stock back");
            HttpResponse<String> afterwards = Http.post(
                    app.uri("api/v1/orders"),
                    "application/json",
                    PublicApiIT.orderBody(stillInStock.get(0), 1, "CASH_ON_DELIVERY"),
                    "Idempotency-Key",
                    "after-restart-" + System.nanoTime());
            Map<String, Long> audit;
            try (Connection connection = database.connect()) {
                audit = ChainAudit.run(connection);
            }
            Figures figures = Figures.of("postgres-restart")
                    .put("clients", CLIENTS)
                    .put("requests", answers.size())
                    .put("statuses", statuses)
                    .put(
                            "restartTookMs",
                            Duration.between(restartStarted, restartEnded).toMillis())
                    .put("failures", failures.size())
                    .put(
                            "lastFailureAfterRestartEndedMs",
                            failures.isEmpty()
                                    ? "none"
                                    : Duration.between(restartEnded, lastFailure)
                                            .toMillis())
                    .put(
                            "callsRetriedAfterADroppedConnection",
                            logLines("app-pg-restart.log", "dropped the connection"))
                    .put("okAfterLastFailure", afterRecovery);
            audit.forEach(figures::put);
            figures.print();

            assertTrue(
                    failures.isEmpty(),
                    "no answer 5xx (nor a dropped connection): the restart was waited out; " + failures.size()
                            + " were: " + sample(failures));
            assertTrue(afterRecovery > 50, "and served again afterwards: " + afterRecovery);
            assertEquals(201, afterwards.statusCode(), afterwards.body());
            audit.forEach((check, count) -> assertEquals(0L, count, check));
        } finally {
            app.stop();
            database.drop();
        }
    }

    /**
     * PostgreSQL ends the application's connections again and again (every 200 ms for 6 s, as an administrator or a
     * failing network would) while buyers browse and order: whatever a connection was doing — a statement, a flush,
     * the commit itself — the answer is the API's own JSON, a 503 {@code UNAVAILABLE} at worst, never a 500 nor the
     * container's HTML page; nothing is left half-written, and the application serves again by itself.
     */
    @Test
    void connectionsEndedUnderTrafficAreAnsweredAsTheApisOwnUnavailable() throws Exception {
        AppDatabase database = AppDatabase.postgres("it_pg_kill").orElse(null);
        Assumptions.assumeTrue(database != null, "needs TEST_PG_URL");
        RunningApp app = start(database, "app-pg-kill.log");
        try {
            List<String> products = OrderLoad.productsInStock(app, 1);
            Traffic traffic = Traffic.start(app.baseUri(), products);
            Thread.sleep(3000);
            long ended = 0;
            try (Connection administrator = database.connect()) {
                Instant stop = Instant.now().plusSeconds(6);
                while (Instant.now().isBefore(stop)) {
                    ended += endTheOtherConnections(administrator);
                    Thread.sleep(200);
                }
            }
            Instant endingStopped = Instant.now();
            Thread.sleep(8000);
            List<Answer> answers = traffic.stop();
            Map<Integer, Long> statuses = statuses(answers);
            List<Answer> notTheApisAnswer = answers.stream()
                    .filter(a -> a.status() < 0
                            || (a.status() >= 500
                                    && !(a.status() == 503 && a.body().contains("\"UNAVAILABLE\""))))
                    .toList();
            long servedAfterwards = answers.stream()
                    .filter(a -> a.at().isAfter(endingStopped.plusSeconds(3)) && a.status() < 400)
                    .count();
            Map<String, Long> audit;
            try (Connection connection = database.connect()) {
                audit = ChainAudit.run(connection);
            }
            Figures figures = Figures.of("postgres-connections-ended")
                    .put("clients", CLIENTS)
                    .put("requests", answers.size())
                    .put("statuses", statuses)
                    .put("connectionsEnded", ended)
                    .put("callsRetriedAfterADroppedConnection", logLines("app-pg-kill.log", "dropped the connection"))
                    .put("commitsThatFailed", logLines("app-pg-kill.log", "encountered exception during commit"))
                    .put("okFrom3sAfter", servedAfterwards);
            audit.forEach(figures::put);
            figures.print();

            assertTrue(ended > 0, "connections were ended");
            assertTrue(
                    notTheApisAnswer.isEmpty(),
                    "every answer is the API's own (a 503 UNAVAILABLE at worst); " + notTheApisAnswer.size()
                            + " were not: " + sample(notTheApisAnswer));
            assertTrue(servedAfterwards > 50, "and served again afterwards: " + servedAfterwards);
            audit.forEach((check, count) -> assertEquals(0L, count, check));
        } finally {
            app.stop();
            database.drop();
        }
    }

    /** What {@code pg_terminate_backend} does to every other session of this database; how many it ended. */
    private static long endTheOtherConnections(Connection administrator) throws java.sql.SQLException {
        try (var statement = administrator.createStatement();
                var ended = statement.executeQuery("select count(*) filter (where pg_terminate_backend(pid))"
                        + " from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            ended.next();
            return ended.getLong(1);
        }
    }

    /** {@link #CLIENTS} buyers browsing and ordering until stopped; what each of their calls was answered. */
    private record Traffic(Queue<Answer> answers, AtomicBoolean running, List<Thread> clients) {

        static Traffic start(URI app, List<String> products) {
            Traffic traffic = new Traffic(new ConcurrentLinkedQueue<>(), new AtomicBoolean(true), new ArrayList<>());
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                traffic.clients.add(Thread.ofPlatform()
                        .daemon()
                        .start(() -> browseAndOrder(app, client, products, traffic.running, traffic.answers)));
            }
            return traffic;
        }

        List<Answer> stop() throws InterruptedException {
            running.set(false);
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(60));
            }
            return List.copyOf(answers);
        }
    }

    private static Map<Integer, Long> statuses(List<Answer> answers) {
        Map<Integer, Long> statuses = new TreeMap<>();
        answers.forEach(a -> statuses.merge(a.status(), 1L, Long::sum));
        return statuses;
    }

    private static void browseAndOrder(
            URI app, int client, List<String> products, AtomicBoolean running, Queue<Answer> answers) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3))
                .build();
        int n = 0;
        while (running.get()) {
            String product = products.get(ThreadLocalRandom.current().nextInt(products.size()));
            HttpRequest request = switch (n % 3) {
                case 0 ->
                    HttpRequest.newBuilder(app.resolve("api/v1/products/" + product))
                            .GET()
                            .build();
                case 1 ->
                    HttpRequest.newBuilder(app.resolve("api/v1/products?q=%E9%A6%99%E5%8C%85&inStock=true"))
                            .GET()
                            .build();
                default ->
                    HttpRequest.newBuilder(app.resolve("api/v1/orders"))
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", "restart-" + client + "-" + n)
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    PublicApiIT.orderBody(product, 1, "BANK_TRANSFER")))
                            .build();
            };
            n++;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                answers.add(new Answer(
                        Instant.now(),
                        request.method() + " " + request.uri().getRawPath(),
                        response.statusCode(),
                        response.statusCode() >= 500 ? response.body() : ""));
            } catch (IOException e) {
                answers.add(new Answer(
                        Instant.now(), request.method() + " " + request.uri().getRawPath(), -1, e.toString()));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long logLines(String log, String text) {
        try (var lines = java.nio.file.Files.lines(
                java.nio.file.Path.of(System.getProperty("app.log.dir", "target"), log),
                java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sample(List<Answer> failures) {
        return failures.stream()
                .limit(5)
                .map(a -> a.at() + " " + a.call() + " → " + a.status() + " " + text(a.body()))
                .toList()
                .toString();
    }

    /** What an answer says, without the markup and the styles of an HTML error page. */
    private static String text(String body) {
        String text = body.replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return text.substring(0, Math.min(400, text.length()));
    }
}
