package cn.longyuan.market.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading an answer's security headers and cookies, for the system tests over HTTP. */
final class ResponseHeaders {

    /** The policy of every answer that is not a page (SecurityHeaders.NOT_A_PAGE in web-common). */
    static final String NOT_A_PAGE = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    private ResponseHeaders() {}

    /** The headers every answer of both wars carries, whatever it is; HSTS only when asked for (https). */
    static void assertSecurityHeaders(HttpResponse<?> answer, boolean hsts, String what) {
        assertEquals(List.of("nosniff"), answer.headers().allValues("X-Content-Type-Options"), what);
        assertEquals(
                List.of("strict-origin-when-cross-origin"), answer.headers().allValues("Referrer-Policy"), what);
        String permissions = single(answer, "Permissions-Policy", what);
        for (String denied : List.of("camera=()", "microphone=()", "geolocation=()")) {
            assertTrue(permissions.contains(denied), what + ": " + permissions);
        }
        assertTrue(permissions.contains("payment=(self \"https://js.stripe.com\")"), what + ": " + permissions);
        assertEquals(List.of("DENY"), answer.headers().allValues("X-Frame-Options"), what);
        assertTrue(policy(answer, what).contains("frame-ancestors 'none'"), what + ": " + policy(answer, what));
        List<String> transport = answer.headers().allValues("Strict-Transport-Security");
        assertEquals(hsts ? List.of("max-age=31536000") : List.of(), transport, what);
    }

    /** A page's policy: PrimeFaces' with a nonce for scripts, no 'unsafe-inline' or 'unsafe-eval' for them. */
    static void assertPagePolicy(HttpResponse<String> answer, String what) {
        String policy = policy(answer, what);
        String scripts = directive(policy, "script-src");
        assertTrue(NONCE.matcher(scripts).find(), what + ": " + policy);
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), what + ": " + policy);
        assertTrue(policy.contains("object-src 'none'") && policy.contains("base-uri 'self'"), what + ": " + policy);
        // every script of the page has this answer's nonce: none comes from a render cache (o:cache) of another answer
        Matcher onPage = Pattern.compile("nonce=\"([^\"]*)\"").matcher(answer.body());
        assertTrue(onPage.find(), what + ": the page's scripts carry the nonce");
        do {
            assertEquals(nonce(answer), onPage.group(1), what + ": a script with another answer's nonce");
        } while (onPage.find());
    }

    /** The one Content-Security-Policy of the answer (a second one would be enforced as well). */
    static String policy(HttpResponse<?> answer, String what) {
        return single(answer, "Content-Security-Policy", what);
    }

    static String nonce(HttpResponse<?> answer) {
        Matcher nonce = NONCE.matcher(policy(answer, "the page"));
        assertTrue(nonce.find(), "no nonce in " + policy(answer, "the page"));
        return nonce.group(1);
    }

    /** The Set-Cookie line of the named cookie, if the answer sets it. */
    static Optional<String> cookie(HttpResponse<?> answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst();
    }

    /** A cookie's attributes as sent, lower case, for checks like {@code contains("samesite=lax")}. */
    static List<String> attributes(String setCookie) {
        return List.of(setCookie.toLowerCase(Locale.ROOT).split("\\s*;\\s*"));
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }

    private static String single(HttpResponse<?> answer, String header, String what) {
        List<String> values = answer.headers().allValues(header);
        assertEquals(1, values.size(), what + ": " + header + " " + values);
        return values.get(0);
    }
}
