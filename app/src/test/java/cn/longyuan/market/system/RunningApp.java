package cn.longyuan.market.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged system — Payara Micro with both wars, exactly as the run command starts it — running as a
 * separate process for the whole test run: started once on first use (free port, a temporary working
 * directory holding its {@code ./data/}, the build's own JDK) and stopped when the test JVM exits.
 */
public final class RunningApp {

    /** Five minutes, or -Dapp.start.timeout=SECONDS on a machine shared by several builds. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("app.start.timeout", 300));
    /**
     * A boot whose log has not grown for this long is stuck: Payara Micro 7's service locator has been seen to
     * deadlock between its run-level threads during boot (a thread dump showed them all parked on its locks), once in
     * a few dozen starts on a loaded machine. Such a start is killed and made again, at most {@link #BOOT_ATTEMPTS}
     * times; its log is kept beside the new one ({@code .stalled-N}).
     */
    private static final Duration STALL = Duration.ofSeconds(Long.getLong("app.start.stall", 120));

    private static final int BOOT_ATTEMPTS = 3;

    private static RunningApp instance;
    private static RuntimeException startFailure;

    private final URI baseUri;
    private final Process process;
    private final Path workDir;
    private final Path rootDir;
    private final Path log;
    private final boolean ownsWorkDir;

    private RunningApp(URI baseUri, Process process, Path workDir, Path rootDir, Path log, boolean ownsWorkDir) {
        this.baseUri = baseUri;
        this.process = process;
        this.workDir = workDir;
        this.rootDir = rootDir;
        this.log = log;
        this.ownsWorkDir = ownsWorkDir;
    }

    /** The running application; a start that failed once fails every later caller at once, not again slowly. */
    public static synchronized RunningApp get() {
        if (startFailure != null) {
            throw new IllegalStateException("the application failed to start earlier in this run", startFailure);
        }
        String existing = System.getProperty("app.url");
        if (instance == null && existing != null && !existing.isBlank()) {
            // an instance the developer started herself, to run a test again without a new start (not for CI)
            instance = new RunningApp(URI.create(existing), null, null, null, null, false);
        }
        if (instance == null) {
            try {
                instance = start(Map.of(), null, "app-under-test.log", alone());
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "stop-app"));
        }
        return instance;
    }

    public URI baseUri() {
        return baseUri;
    }

    public URI uri(String path) {
        return baseUri.resolve(path);
    }

    /**
     * Another instance, for a test that needs its own configuration or its own data directory (a restart);
     * the test stops it. With {@code workDir} null it gets a temporary one, deleted when it stops.
     */
    public static RunningApp startAnother(Map<String, String> environment, Path workDir, String logName) {
        return start(environment, workDir, logName, alone());
    }

    /** An instance on its own, as run.sh starts it: no data grid, sessions in its memory. */
    private static List<String> alone() {
        return List.of("--nohazelcast", "--prebootcommandfile", runtimeFile("pre-boot-alone.asadmin"));
    }

    private static String runtimeFile(String name) {
        return Path.of(System.getProperty("app.runtime.dir", "target/runtime"))
                .resolve(name)
                .toAbsolutePath()
                .toString();
    }

    /**
     * A member of a cluster of instances on this machine (Payara Micro's Hazelcast, TCP/IP discovery on loopback):
     * every member started with the same {@code clusterName} and {@code firstPort} joins the others.
     */
    public static RunningApp startMember(
            Map<String, String> environment, String clusterName, int firstPort, String logName) {
        return start(
                environment,
                null,
                logName,
                List.of(
                        "--prebootcommandfile",
                        runtimeFile("pre-boot.asadmin"),
                        "--clustername",
                        clusterName,
                        "--startport",
                        Integer.toString(firstPort),
                        "--clustermode",
                        "tcpip:127.0.0.1:" + firstPort,
                        "--interfaces",
                        "127.0.0.1",
                        "--nohostaware"));
    }

    private static RunningApp start(
            Map<String, String> environment, Path givenWorkDir, String logName, List<String> clustering) {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(environment, givenWorkDir, logName, clustering);
            } catch (BootStalled stalled) {
                if (attempt == BOOT_ATTEMPTS) {
                    throw stalled;
                }
                System.err.println(logName + ": " + stalled.getMessage() + "; starting it again");
            }
        }
    }

    /** A start whose log stopped growing before it was ready. */
    private static final class BootStalled extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        BootStalled(String message) {
            super(message);
        }
    }

    private static RunningApp startOnce(
            Map<String, String> environment, Path givenWorkDir, String logName, List<String> clustering) {
        try {
            Path runtime = Path.of(System.getProperty("app.runtime.dir", "target/runtime"));
            Path logDir = Path.of(System.getProperty("app.log.dir", "target"));
            int port = freePort();
            Path workDir = givenWorkDir != null ? givenWorkDir : Files.createTempDirectory("longyuan-it-");
            Path log = logDir.resolve(logName);
            // Payara's own runtime directory is new for every start: one left by an earlier start would
            // redeploy that start's wars beside the ones given here
            Path rootDir = Files.createTempDirectory("longyuan-payara-");
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();

            List<String> command = new ArrayList<>(List.of(
                    java,
                    "-Xmx1g",
                    "-jar",
                    runtime.resolve("payara-micro.jar").toAbsolutePath().toString()));
            command.addAll(clustering);
            command.addAll(List.of(
                    "--port",
                    Integer.toString(port),
                    "--rootdir",
                    rootDir.toString(),
                    "--postbootcommandfile",
                    runtime.resolve("post-boot.asadmin").toAbsolutePath().toString(),
                    "--deploy",
                    runtime.resolve("shop-web.war").toAbsolutePath() + ":/",
                    "--deploy",
                    runtime.resolve("cooperative-admin.war").toAbsolutePath() + ":/admin"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("DB_"));
            builder.environment().putAll(environment);
            Process process = builder.start();

            RunningApp app = new RunningApp(
                    URI.create("http://localhost:" + port + "/"), process, workDir, rootDir, log, givenWorkDir == null);
            app.awaitReady();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for readiness and for both wars to answer: readiness alone comes up with the first war. */
    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        long logSize = -1;
        Instant grew = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the application exited with " + process.exitValue() + "; log: " + tail());
            }
            if (status(client, "health/ready") == 200 && status(client, "admin/login.xhtml") == 200) {
                return;
            }
            if (logContains("Exception during lifecycle processing")) {
                stop();
                throw new IllegalStateException("a war failed to deploy; log: " + tail());
            }
            long size = log.toFile().length();
            if (size != logSize) {
                logSize = size;
                grew = Instant.now();
            } else if (Duration.between(grew, Instant.now()).compareTo(STALL) > 0) {
                String kept = keepStalledLog();
                stop();
                throw new BootStalled(
                        "no progress in its log for " + STALL + " before it was ready (kept as " + kept + ")");
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException(
                "the application did not become ready in " + START_TIMEOUT + "; log: " + tail());
    }

    private int status(HttpClient client, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri(path))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String keepStalledLog() {
        for (int n = 1; ; n++) {
            Path kept = log.resolveSibling(log.getFileName() + ".stalled-" + n);
            if (!Files.exists(kept)) {
                try {
                    Files.copy(log, kept);
                    // where it is stuck: the boot's threads, appended to the kept log
                    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd")
                            .toString();
                    new ProcessBuilder(jcmd, Long.toString(process.pid()), "Thread.print")
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(kept.toFile()))
                            .start()
                            .waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    return "not kept: " + e.getMessage();
                }
                return kept.toString();
            }
        }
    }

    private boolean logContains(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * Kills the process as a crash would (SIGKILL: no shutdown hook, no flush, no goodbye to the database) and
     * leaves its data directory as the crash left it; the instance's temporary Payara directory is removed.
     */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteRecursively(rootDir);
    }

    public void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteRecursively(rootDir);
        if (ownsWorkDir) {
            deleteRecursively(workDir);
        }
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is not worth failing a test run for
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
