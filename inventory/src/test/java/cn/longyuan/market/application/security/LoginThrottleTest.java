package cn.longyuan.market.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.testing.Chain;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final Chain.MutableClock clock = new Chain.MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 30, "PT15M");

    @Test
    void fiveFailuresAreFreeThenEachFailureDoublesTheWaitUpToTheLongest() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("coop-ningyuan", "10.0.0.1");
            assertTrue(throttle.refusal("coop-ningyuan", "10.0.0.1").isEmpty(), "attempt " + (i + 2) + " is free");
        }
        throttle.failed("coop-ningyuan", "10.0.0.1");
        assertEquals(
                Optional.of(1L), throttle.refusal("coop-ningyuan", "10.0.0.9").map(LoginThrottle.Wait::seconds));
        assertEquals(
                "account",
                throttle.refusal("coop-ningyuan", "10.0.0.9").orElseThrow().reason());

        clock.advance(Duration.ofSeconds(1));
        assertTrue(throttle.refusal("coop-ningyuan", "10.0.0.1").isEmpty(), "the wait ends by itself");
        throttle.failed("coop-ningyuan", "10.0.0.1");
        assertEquals(
                2, throttle.refusal("coop-ningyuan", "10.0.0.1").orElseThrow().seconds());
        assertEquals(Duration.ofMinutes(15), throttle.waitAfter(20));
        assertEquals(Duration.ofSeconds(512), throttle.waitAfter(9));
    }

    @Test
    void theNamesCaseDoesNotMakeAnotherAccountAndOtherAccountsAreNotTouched() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("Coop-Ningyuan", "10.0.0." + i);
        }
        assertTrue(throttle.refusal("coop-ningyuan", "10.0.0.7").isPresent());
        assertTrue(throttle.refusal("coop-shuangwan", "10.0.0.7").isEmpty());
    }

    @Test
    void anAddressGuessingManyNamesWaitsForEveryNameItTries() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("user-" + i, "203.0.113.5");
        }
        Optional<LoginThrottle.Wait> wait = throttle.refusal("federation", "203.0.113.5");
        assertTrue(wait.isPresent());
        assertEquals("address", wait.get().reason());
        assertTrue(throttle.refusal("federation", "198.51.100.1").isEmpty(), "the owner elsewhere is not held up");
    }

    @Test
    void herRightPasswordClearsHerAccountButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("broker-li", "10.0.0.1");
        }
        throttle.succeeded("broker-li");
        throttle.failed("broker-li", "10.0.0.1");
        assertTrue(throttle.refusal("broker-li", "10.0.0.1").isEmpty(), "the count started again after her login");
    }

    @Test
    void theCountIsForgottenAfterTwiceTheLongestWaitWithoutAFailure() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("federation", "10.0.0.1");
            clock.advance(throttle.refusal("federation", "10.0.0.1")
                    .map(LoginThrottle.Wait::retryAfter)
                    .orElse(Duration.ZERO));
        }
        clock.advance(Duration.ofMinutes(31));
        throttle.failed("federation", "10.0.0.1");
        assertFalse(throttle.refusal("federation", "10.0.0.1").isPresent(), "a first failure again, not the 13th");
    }
}
