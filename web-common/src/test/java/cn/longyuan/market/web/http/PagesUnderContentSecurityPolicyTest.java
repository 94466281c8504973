package cn.longyuan.market.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the pages of both wars must not contain under their Content-Security-Policy (PrimeFaces' nonce, no
 * 'unsafe-inline' or 'unsafe-eval' for scripts), found in the sources before a browser test times out on it:
 * <ul>
 *     <li>{@code <f:ajax>}: Mojarra's ajax sends only the executed fields, without PrimeFaces' {@code primefaces.nonce},
 *     and PrimeFaces refuses the request ("CSP nonce mismatch"); {@code <p:ajax>} does the same and sends it;</li>
 *     <li>an inline {@code <script>} with a body: only scripts with {@code src} (or {@code h:outputScript}), which
 *     PrimeFaces gives the nonce; event attributes ({@code onclick=…}) are fine, PrimeFaces moves them into a
 *     nonce'd script;</li>
 *     <li>{@code javascript:} addresses, which no nonce can allow.</li>
 * </ul>
 */
class PagesUnderContentSecurityPolicyTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>\\s*[^<\\s]");

    @Test
    void noPageUsesWhatThePolicyRefuses() throws IOException {
        List<Path> pages = pages();
        assertFalse(pages.isEmpty(), "no pages found from " + Path.of("").toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            if (text.contains("<f:ajax")) {
                problems.add(page + ": <f:ajax> (use <p:ajax>)");
            }
            if (INLINE_SCRIPT.matcher(text).find()) {
                problems.add(page + ": an inline <script> (move it into a script resource)");
            }
            if (text.contains("javascript:")) {
                problems.add(page + ": a javascript: address");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (String war : List.of("shop-web", "cooperative-admin")) {
            Path webapp = Path.of("..", war, "src", "main", "webapp");
            if (Files.isDirectory(webapp)) {
                try (Stream<Path> files = Files.walk(webapp)) {
                    files.filter(f -> f.toString().endsWith(".xhtml")).forEach(pages::add);
                }
            }
        }
        return pages;
    }
}
