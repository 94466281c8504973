package cn.longyuan.market.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures a reliability test measured, printed to the build's output and appended to
 * {@code app/target/reliability-figures.txt} (docs/reliability.md quotes them), one line per run:
 * {@code RELIABILITY crash/H2: acknowledged=134 present=134 ...}.
 */
final class Figures {

    private final String name;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Figures(String name) {
        this.name = name;
    }

    static Figures of(String name) {
        return new Figures(name);
    }

    Figures put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    void print() {
        String line = "RELIABILITY " + name + ": "
                + values.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" "));
        System.out.println(line);
        Path file = Path.of(System.getProperty("app.log.dir", "target"), "reliability-figures.txt");
        try {
            Files.writeString(
                    file,
                    Instant.now() + " " + line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("figures not written to " + file + ": " + e);
        }
    }
}
