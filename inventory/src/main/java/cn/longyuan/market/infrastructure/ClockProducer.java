package cn.longyuan.market.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The clock services take through their constructors (tests pass one they move by hand).
 */
@ApplicationScoped
public class ClockProducer {

    /** Ticks in whole milliseconds, so that an instant reads back from either database exactly as it was written. */
    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
