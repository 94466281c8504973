package cn.longyuan.market.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer of both wars carries: pages, Faces resources, REST JSON, images, PDFs, error pages,
 * the login pages and the authentication mechanisms' own answers (a 401, a redirect to the login page).
 * <ul>
 *     <li>{@code X-Content-Type-Options: nosniff} — a photo or a JSON answer is never run as a script or page;</li>
 *     <li>{@code Referrer-Policy: strict-origin-when-cross-origin} — order and trace addresses (with their access
 *     tokens) never leave the site in a Referer;</li>
 *     <li>{@code Permissions-Policy} — no camera, microphone, geolocation, sensors or devices for anyone; the Payment
 *     Request API (Apple Pay / Google Pay in Stripe's Payment Element) for this site and Stripe's frames only;</li>
 *     <li>framing denied: {@code X-Frame-Options: DENY} for old browsers and {@code frame-ancestors 'none'} in the
 *     policy;</li>
 *     <li>{@code Content-Security-Policy} — {@link #NOT_A_PAGE} by default; a Faces page replaces it with its own
 *     (PrimeFaces' {@code primefaces.CSP_POLICY} with the page's nonce, see {@link SecurityHeadersFilter});</li>
 *     <li>{@code Strict-Transport-Security} only when the public address is https ({@link PublicAddress}): sent over
 *     plain http it would be ignored at best, and would lock a developer's localhost out at worst.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";

    /** For everything that is not a page (JSON, images, PDFs, scripts, style sheets): nothing may run or load. */
    public static final String NOT_A_PAGE =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String PERMISSIONS = "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), midi=(), usb=(), serial=(), hid=(), "
            + "payment=(self \"https://js.stripe.com\")";

    /** A year; no includeSubDomains or preload: other hosts under the domain are not ours to decide. */
    static final String HSTS = "max-age=31536000";

    @Inject
    private PublicAddress publicAddress;

    /** Sets the headers; setting them again (the mechanism, then the filter, then an error page's dispatch) is harmless. */
    public void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("X-Frame-Options", "DENY");
        if (!response.containsHeader(CSP)) {
            response.setHeader(CSP, NOT_A_PAGE);
        }
        if (publicAddress.isHttps()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    public boolean isHttps() {
        return publicAddress.isHttps();
    }
}
