package cn.longyuan.market.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The system's public address ({@code PUBLIC_BASE_URL}): whether it is https, and the absolute addresses of its
 * pages. TLS usually ends at a proxy in front of Payara, so the requests Payara sees are plain http (and may name
 * an inner host) whatever the buyers' browsers use: the configured address, not the request, tells whether cookies
 * must be {@code Secure}, whether to send {@code Strict-Transport-Security}, and what a canonical link, a sitemap or
 * a shared link names ({@code #{publicAddress.absolute('/products/7')}} on pages).
 */
@Named
@ApplicationScoped
public class PublicAddress {

    /** The same default as everywhere else that reads PUBLIC_BASE_URL (QR codes, e-mails). */
    public static final String DEFAULT = "http://localhost:8080";

    private boolean https;
    private String base;

    protected PublicAddress() {
        // for CDI proxies
    }

    @Inject
    public PublicAddress(@ConfigProperty(name = "PUBLIC_BASE_URL") Optional<String> configured) {
        String value = configured.map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT);
        this.https = isHttps(value);
        this.base = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /**
     * The absolute address of a path of the shop ({@code /products/7}); an address that is already absolute
     * ({@code https://…}) stays as it is.
     */
    public String absolute(String path) {
        if (path == null || path.isEmpty()) {
            return base + "/";
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return path;
        }
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    static boolean isHttps(String url) {
        return url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }

    public boolean isHttps() {
        return https;
    }
}
