package cn.longyuan.market.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The clock services take through their constructors (tests pass one they move by hand). The entity
 * manager needs no producer: Jakarta Persistence 3.2 makes the container-managed one injectable.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
