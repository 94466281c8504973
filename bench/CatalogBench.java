import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anonymous catalogue pages under load, against a running system: for each page, requests from a number of
 * concurrent buyers (HTTP/1.1 like browsers on http), after a warm-up; prints requests per second and latency
 * percentiles, then the server's heap (read with jcmd from a server on this machine). Run with
 * {@code bench/catalog.sh [base-url]}.
 */
public class CatalogBench {

    /** The first "used NK" of GC.heap_info: the whole heap's (the lines after it are its regions and metaspace). */
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        int clients = Integer.parseInt(System.getProperty("clients", "8"));
        int perClient = Integer.parseInt(System.getProperty("requests", "100"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home", "");
        pages.put("search 香包", "search?q=%E9%A6%99%E5%8C%85");
        pages.put("search embroidery", "search?q=embroidery&sort=price");
        pages.put("craft page", "crafts/sachet");
        pages.put("product page", "products/1");
        pages.put("cooperative page", "cooperatives/1");
        pages.put("API products", "api/v1/products?size=20");

        System.out.printf("base %s, %d concurrent clients × %d requests per page, after %d warm-up requests%n",
                base, clients, perClient, clients * 20);
        System.out.printf("%-20s %8s %8s %8s %8s %8s %6s%n", "page", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "non200");
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                URI uri = URI.create(base).resolve(page.getValue());
                run(http, pool, uri, clients, 20);   // warm-up: JIT, caches, connection pool
                long started = System.nanoTime();
                Result result = run(http, pool, uri, clients, perClient);
                double seconds = (System.nanoTime() - started) / 1e9;
                List<Long> t = result.nanos;
                Collections.sort(t);
                System.out.printf("%-20s %8.0f %8.1f %8.1f %8.1f %8.1f %6d%n", page.getKey(), t.size() / seconds,
                        ms(t, 0.50), ms(t, 0.95), ms(t, 0.99), t.get(t.size() - 1) / 1e6, result.failures);
            }
        }
        System.out.println(serverHeap(URI.create(base)));
    }

    /**
     * The heap the server uses after the run, from {@code jcmd <pid> GC.heap_info} of the Payara Micro process started
     * on this machine with {@code --port} of the base URL (as run.sh starts it): /metrics is closed to everybody.
     * A server elsewhere (another machine, a container) gets a note instead of the figure.
     */
    private static String serverHeap(URI base) throws Exception {
        int port = base.getPort() != -1 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
        Pattern startedOnPort = Pattern.compile(".*payara-micro.*--port\\s+" + port + "(\\s.*)?");
        Optional<ProcessHandle> server = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> startedOnPort.matcher(c).matches()).orElse(false))
                .findFirst();
        if (server.isEmpty()) {
            return "server heap: not measured (no Payara Micro process of this user on port " + port + " here)";
        }
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process info = new ProcessBuilder(jcmd, Long.toString(server.get().pid()), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(info.getInputStream().readAllBytes());
        info.waitFor();
        Matcher used = HEAP_USED.matcher(out);
        return used.find()
                ? String.format("server heap in use after the run: %.0f MiB (jcmd %d GC.heap_info)",
                        Long.parseLong(used.group(1)) / 1024.0, server.get().pid())
                : "server heap: not measured (jcmd answered: " + out.strip() + ")";
    }

    private record Result(List<Long> nanos, int failures) {
    }

    private static Result run(HttpClient http, ExecutorService pool, URI uri, int clients, int perClient) throws Exception {
        List<Future<Result>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                int failures = 0;
                HttpRequest request = HttpRequest.newBuilder(uri).header("Accept-Language", "zh-CN").build();
                for (int i = 0; i < perClient; i++) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    nanos.add(System.nanoTime() - start);
                    if (response.statusCode() != 200) {
                        failures++;
                    }
                }
                return new Result(nanos, failures);
            }));
        }
        List<Long> all = new ArrayList<>();
        int failures = 0;
        for (Future<Result> f : futures) {
            all.addAll(f.get().nanos);
            failures += f.get().failures;
        }
        return new Result(all, failures);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
