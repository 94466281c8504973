package cn.longyuan.market.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the system's public address ({@code PUBLIC_BASE_URL}) is https. TLS usually ends at a proxy in front of
 * Payara, so the requests Payara sees are plain http whatever the buyers' browsers use: the configured address, not
 * the request, tells whether cookies must be {@code Secure} and whether to send {@code Strict-Transport-Security}.
 */
@ApplicationScoped
public class PublicAddress {

    /** The same default as everywhere else that reads PUBLIC_BASE_URL (QR codes, e-mails). */
    public static final String DEFAULT = "http://localhost:8080";

    private boolean https;

    protected PublicAddress() {
        // for CDI proxies
    }

    @Inject
    public PublicAddress(@ConfigProperty(name = "PUBLIC_BASE_URL") Optional<String> configured) {
        this.https = isHttps(configured.orElse(DEFAULT));
    }

    static boolean isHttps(String url) {
        return url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }

    public boolean isHttps() {
        return https;
    }
}
