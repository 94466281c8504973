package cn.longyuan.market.admin.interfaces;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/api.md} honest about the back-office API: every {@link BackOfficeCall.Kind#API} call is there as
 * {@code METHOD /admin/api/v1/...} in a table row that names exactly its roles, and the page names no call that does
 * not exist. Placeholders may be named differently ({@code {order}} / {@code {number}}) and query strings are left out
 * of the comparison, as {@link BackOfficeCallTest} does. (BackOfficeCallTest holds BackOfficeCall to the code.)
 */
class BackOfficeApiDocumentedTest {

    /** A back-office call written in the page: the method, one space, the path up to a space, backtick, pipe or query. */
    private static final Pattern CALL = Pattern.compile("\\b(GET|POST|PUT|DELETE|PATCH) (/admin/api/v1/[^\\s`|?)]*)");

    private static final Pattern ROLE = Pattern.compile("\\b(FEDERATION|COOP_MANAGER|BROKER|BUYER)\\b");
    /** A table cell boundary: a pipe not escaped as {@code \|}. */
    private static final Pattern CELL = Pattern.compile("(?<!\\\\)\\|");

    private static List<String> lines;

    @BeforeAll
    static void readThePage() throws IOException {
        // Maven runs the tests in the module's directory; an IDE may run them in the repository's
        Path page = Path.of("../docs/api.md");
        if (!Files.isRegularFile(page)) {
            page = Path.of("docs/api.md");
        }
        assertTrue(
                Files.isRegularFile(page),
                "docs/api.md is missing (looked in ../docs and docs from "
                        + Path.of("").toAbsolutePath() + ")");
        lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    }

    @Test
    void everyBackOfficeCallIsDocumented() {
        Set<String> missing = new TreeSet<>(registered().keySet());
        missing.removeAll(documented());
        assertTrue(missing.isEmpty(), "back-office calls missing from docs/api.md: " + missing);
    }

    @Test
    void thePageNamesNoBackOfficeCallThatDoesNotExist() {
        Set<String> unknown = new TreeSet<>(documented());
        unknown.removeAll(registered().keySet());
        assertTrue(
                unknown.isEmpty(), "docs/api.md names back-office calls that BackOfficeCall does not have: " + unknown);
    }

    /** The row of each call (first cell: the call alone) names in its second cell exactly the roles that may call it. */
    @Test
    void eachCallsRowNamesTheRolesThatMayCallIt() {
        Map<String, Set<String>> registered = registered();
        Map<String, Set<String>> documented = new TreeMap<>();
        for (String line : lines) {
            if (!line.startsWith("|")) {
                continue;
            }
            String[] cells = CELL.split(line);
            if (cells.length < 3) {
                continue;
            }
            List<String> calls = calls(cells[1]);
            if (calls.size() != 1) {
                continue;
            }
            Set<String> roles = new TreeSet<>();
            Matcher role = ROLE.matcher(cells[2]);
            while (role.find()) {
                roles.add(role.group(1));
            }
            Set<String> earlier = documented.put(calls.get(0), roles);
            assertTrue(earlier == null, "docs/api.md has two rows for " + calls.get(0));
        }
        Set<String> withoutRow = new TreeSet<>(registered.keySet());
        withoutRow.removeAll(documented.keySet());
        assertTrue(withoutRow.isEmpty(), "back-office calls without a row of their own in docs/api.md: " + withoutRow);
        List<String> wrong = registered.entrySet().stream()
                .filter(e -> !e.getValue().equals(documented.get(e.getKey())))
                .map(e -> e.getKey() + ": docs/api.md says " + documented.get(e.getKey()) + ", BackOfficeCall "
                        + e.getValue())
                .sorted()
                .toList();
        assertTrue(wrong.isEmpty(), "roles in docs/api.md (second column) differ from BackOfficeCall: " + wrong);
    }

    /** "METHOD /admin/api/v1/..." (normalised) → its roles, for every API call of BackOfficeCall. */
    private static Map<String, Set<String>> registered() {
        Map<String, Set<String>> calls = new LinkedHashMap<>();
        Arrays.stream(BackOfficeCall.values())
                .filter(c -> c.kind() == BackOfficeCall.Kind.API)
                .forEach(c -> calls.put(key(c.method(), "/admin" + c.path()), new TreeSet<>(c.roles())));
        return calls;
    }

    private static Set<String> documented() {
        return lines.stream().flatMap(line -> calls(line).stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> calls(String text) {
        Matcher m = CALL.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(key(m.group(1), m.group(2)));
        }
        return found;
    }

    /** "GET /admin/api//v1/orders/{number}/pick-list?x=1" → "GET /admin/api/v1/orders/{}/pick-list". */
    static String key(String method, String path) {
        String p = path.replaceAll("\\?.*", "").replaceAll("/+", "/").replaceAll("\\{[^}]*}", "{}");
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return method + " " + p;
    }
}
