package cn.longyuan.market.application.ordering;

import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long an unpaid order holds its stock, per way of paying: {@code RESERVATION_TTL} (30 minutes by default)
 * for an online payment, which is made at once or not at all, and {@code BANK_TRANSFER_RESERVATION_TTL} (48 hours
 * by default) for a bank transfer, which a buyer makes at her bank's counter or app and which takes a working day
 * to arrive. ISO-8601 durations. Cash on delivery holds its stock until it ships and has no time limit.
 */
@ApplicationScoped
public class ReservationPolicy {

    private Duration ttl;
    private Duration bankTransferTtl;

    protected ReservationPolicy() {
        // for CDI proxies
    }

    @Inject
    public ReservationPolicy(
            @ConfigProperty(name = "RESERVATION_TTL", defaultValue = "PT30M") String ttl,
            @ConfigProperty(name = "BANK_TRANSFER_RESERVATION_TTL", defaultValue = "PT48H") String bankTransferTtl) {
        this.ttl = parse("RESERVATION_TTL", ttl);
        this.bankTransferTtl = parse("BANK_TRANSFER_RESERVATION_TTL", bankTransferTtl);
    }

    /** One hold time for every way of paying (tests that do not care which). */
    public static ReservationPolicy of(Duration ttl) {
        return of(ttl, ttl);
    }

    public static ReservationPolicy of(Duration ttl, Duration bankTransferTtl) {
        return new ReservationPolicy(ttl.toString(), bankTransferTtl.toString());
    }

    static Duration parse(String name, String value) {
        try {
            Duration parsed = Duration.parse(value.strip());
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, not " + value);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration such as PT30M, not " + value, e);
        }
    }

    /** The hold of an online payment (and the default). */
    public Duration ttl() {
        return ttl;
    }

    /** How long an order paid this way waits for its payment before its pieces go back on sale. */
    public Duration ttlFor(PaymentMethod method) {
        return method == PaymentMethod.BANK_TRANSFER ? bankTransferTtl : ttl;
    }
}
