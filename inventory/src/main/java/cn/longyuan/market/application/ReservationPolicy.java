package cn.longyuan.market.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** How long an unpaid order holds its stock: {@code RESERVATION_TTL}, an ISO-8601 duration, 30 minutes by default. */
@ApplicationScoped
public class ReservationPolicy {

    private Duration ttl;

    protected ReservationPolicy() {
        // for CDI proxies
    }

    @Inject
    public ReservationPolicy(@ConfigProperty(name = "RESERVATION_TTL", defaultValue = "PT30M") String ttl) {
        this.ttl = parse(ttl);
    }

    public static ReservationPolicy of(Duration ttl) {
        return new ReservationPolicy(ttl.toString());
    }

    static Duration parse(String value) {
        try {
            Duration parsed = Duration.parse(value.strip());
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException("RESERVATION_TTL must be a positive duration, not " + value);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("RESERVATION_TTL must be an ISO-8601 duration such as PT30M, not " + value, e);
        }
    }

    public Duration ttl() {
        return ttl;
    }
}
