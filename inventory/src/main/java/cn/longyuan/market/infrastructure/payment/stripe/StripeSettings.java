package cn.longyuan.market.infrastructure.payment.stripe;

import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Stripe's configuration (README: STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET,
 * STRIPE_API_BASE). An empty value counts as missing, so that an unset variable in a compose file does not
 * switch on a half-configured Stripe.
 */
public record StripeSettings(
        Optional<String> secretKey,
        Optional<String> publishableKey,
        Optional<String> webhookSecret,
        Optional<String> apiBase,
        Duration connectTimeout,
        Duration readTimeout) {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    public StripeSettings {
        secretKey = present(secretKey);
        publishableKey = present(publishableKey);
        webhookSecret = present(webhookSecret);
        apiBase = present(apiBase).map(base -> base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    public static StripeSettings from(Config config) {
        return new StripeSettings(
                config.getOptionalValue("STRIPE_SECRET_KEY", String.class),
                config.getOptionalValue("STRIPE_PUBLISHABLE_KEY", String.class),
                config.getOptionalValue("STRIPE_WEBHOOK_SECRET", String.class),
                config.getOptionalValue("STRIPE_API_BASE", String.class),
                CONNECT_TIMEOUT,
                READ_TIMEOUT);
    }

    private static Optional<String> present(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
