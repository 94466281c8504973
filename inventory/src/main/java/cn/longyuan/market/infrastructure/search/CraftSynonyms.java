package cn.longyuan.market.infrastructure.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words that name one craft in Chinese and English ({@code craft-synonyms.txt} beside this class): a search
 * for one also looks for the others, so that {@code embroidery} finds what says "embroidered" or 刺绣. English
 * words are compared by their stems, Chinese ones as written.
 */
final class CraftSynonyms {

    private static final String FILE = "craft-synonyms.txt";
    private static final Map<String, List<String>> BY_KEY = load();

    private CraftSynonyms() {}

    /** The other words of the craft this word names; empty when it names none. */
    static List<String> of(String word) {
        String key = key(word);
        List<String> group = key.isEmpty() ? null : BY_KEY.get(key);
        return group == null
                ? List.of()
                : group.stream().filter(w -> !key(w).equals(key)).toList();
    }

    /** Chinese as written, English as its stems (embroideries and embroidery are one). */
    private static String key(String word) {
        String stripped = word.strip();
        if (stripped.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return stripped;
        }
        return String.join(" ", SearchAnalyzers.terms(SearchAnalyzers.ENGLISH, "synonym", stripped));
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> byKey = new HashMap<>();
        InputStream in = CraftSynonyms.class.getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException(FILE + " is missing beside " + CraftSynonyms.class.getName());
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> group = Arrays.stream(line.split(","))
                        .map(String::strip)
                        .filter(w -> !w.isEmpty())
                        .toList();
                for (String word : group) {
                    List<String> before = byKey.put(key(word), group);
                    if (before != null && before != group) {
                        throw new IllegalStateException(FILE + ": " + word + " names two crafts");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byKey);
    }
}
