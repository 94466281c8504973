package cn.longyuan.market.system;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The database of an instance a test starts itself: the embedded H2 file under its working directory (the
 * default), or a schema of its own in the PostgreSQL named by {@code TEST_PG_URL} (.ci/run sets it), so that the
 * test can read what the application wrote — after a crash, say — and several instances can share it.
 */
public abstract class AppDatabase {

    /** What the instance is started with. */
    public abstract Map<String, String> environment();

    public abstract Connection connect() throws SQLException;

    public abstract String kind();

    /** Removes what the test made (a PostgreSQL schema; an H2 file goes with its working directory). */
    public void drop() {}

    public static AppDatabase embedded(Path workDir) {
        return new AppDatabase() {
            @Override
            public Map<String, String> environment() {
                return Map.of();
            }

            @Override
            public Connection connect() throws SQLException {
                // the same file and mode as the application's default db.url (the instance must be stopped: no
                // AUTO_SERVER)
                return DriverManager.getConnection(
                        "jdbc:h2:file:" + workDir.resolve("data/longyuan").toAbsolutePath()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE,KEY,YEAR,MONTH,DAY",
                        "longyuan",
                        "longyuan-embedded");
            }

            @Override
            public String kind() {
                return "embedded H2";
            }
        };
    }

    /**
     * An H2 file under the working directory opened with AUTO_SERVER, with the demo data: the test can write into
     * it while the instance runs, as another instance or the back office would.
     */
    public static AppDatabase embeddedWhileRunning(Path workDir) {
        String url = "jdbc:h2:file:" + workDir.resolve("data/longyuan").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE,KEY,YEAR,MONTH,DAY"
                + ";LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE";
        return new AppDatabase() {
            @Override
            public Map<String, String> environment() {
                return Map.of("DB_URL", url, "DEMO_DATA", "true");
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, "longyuan", "longyuan-embedded");
            }

            @Override
            public String kind() {
                return "embedded H2, shared while running";
            }
        };
    }

    /** A new empty schema in the test PostgreSQL, or empty when TEST_PG_URL is not set here. */
    public static Optional<AppDatabase> postgres(String name) {
        String url = System.getenv("TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String schema = (name + "_" + Long.toString(System.nanoTime(), 36))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        Map<String, String> parameters = new HashMap<>();
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                int eq = pair.indexOf('=');
                parameters.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        String user = parameters.remove("user");
        String password = parameters.remove("password");
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " in " + base, e);
        }
        String appUrl = base + "?currentSchema=" + schema;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> environment = Map.of(
                "DB_URL",
                appUrl,
                "DB_USER",
                user,
                "DB_PASSWORD",
                password,
                "DEMO_DATA",
                "true",
                "ID_NUMBER_KEY",
                Base64.getEncoder().encodeToString(key));
        return Optional.of(new AppDatabase() {
            @Override
            public Map<String, String> environment() {
                return environment;
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(appUrl, user, password);
            }

            @Override
            public String kind() {
                return "PostgreSQL";
            }

            @Override
            public void drop() {
                try (Connection c = DriverManager.getConnection(url);
                        Statement s = c.createStatement()) {
                    s.execute("drop schema if exists " + schema + " cascade");
                } catch (SQLException e) {
                    System.err.println("schema " + schema + " left behind: " + e);
                }
            }
        });
    }
}
