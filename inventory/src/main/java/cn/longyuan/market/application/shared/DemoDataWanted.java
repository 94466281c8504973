package cn.longyuan.market.application.shared;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Whether this installation wants demo data: DEMO_DATA if set, else only with the embedded database. Here in the
 * kernel, not in the demo package, because a lower step asks it too (the demo payee details of a bank transfer),
 * and the demo loader builds on every step.
 */
public final class DemoDataWanted {

    private DemoDataWanted() {}

    public static boolean by(Config config) {
        Optional<String> explicit = config.getOptionalValue("DEMO_DATA", String.class);
        if (explicit.isPresent()) {
            return Boolean.parseBoolean(explicit.get().strip());
        }
        return config.getOptionalValue("db.url", String.class)
                .map(url -> url.startsWith("jdbc:h2:"))
                .orElse(true);
    }
}
