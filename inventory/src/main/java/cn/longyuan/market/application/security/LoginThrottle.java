package cn.longyuan.market.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, for every way in (the shop's login form, the back office's form and its HTTP
 * Basic API). Failed logins are counted per account name and per client address; past the free attempts each
 * further failure doubles a waiting time (1 s, 2 s, 4 s ... at most {@code LOGIN_LOCKOUT_MAX}, 15 minutes by
 * default) during which that name or address is answered "too many attempts, retry after N s" without the
 * password even being checked — so a guessing run also stops costing the server its PBKDF2 time.
 * <p>
 * Nobody is locked out for good: a refused attempt does not prolong the wait, the wait ends by itself, and the
 * count is forgotten after twice the longest wait without a failure. A successful login clears her account's
 * count (not the address's: one valid account must not reset an address that is guessing others). Unknown names
 * are counted like real ones, so the answers do not tell which names exist.
 * <p>
 * Counts live in this instance's memory, bounded in size; each instance of a cluster counts for itself.
 */
@ApplicationScoped
public class LoginThrottle {

    /** A refusal: how long until the next attempt will be looked at. */
    public record Wait(Duration retryAfter, String reason) {

        /** Whole seconds, rounded up, as a Retry-After header carries them. */
        public long seconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    static final int MAX_TRACKED = 50_000;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private Clock clock;
    private int freePerAccount;
    private int freePerAddress;
    private Duration longestWait;

    protected LoginThrottle() {
        // for CDI proxies
    }

    @Inject
    public LoginThrottle(
            Clock clock,
            @ConfigProperty(name = "LOGIN_FREE_ATTEMPTS", defaultValue = "5") int freePerAccount,
            @ConfigProperty(name = "LOGIN_FREE_ATTEMPTS_PER_ADDRESS", defaultValue = "30") int freePerAddress,
            @ConfigProperty(name = "LOGIN_LOCKOUT_MAX", defaultValue = "PT15M") String longestWait) {
        this.clock = clock;
        this.freePerAccount = Math.max(1, freePerAccount);
        this.freePerAddress = Math.max(1, freePerAddress);
        this.longestWait = Duration.parse(longestWait);
    }

    /** The wait imposed on this attempt, if any: then the caller answers 429 and checks no password. */
    public Optional<Wait> refusal(String username, String address) {
        Instant now = clock.instant();
        Optional<Wait> account = waitOf(accountKey(username), now, "account");
        return account.isPresent() ? account : waitOf(addressKey(address), now, "address");
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            forgetOld(now);
        }
        record(accountKey(username), freePerAccount, now);
        record(addressKey(address), freePerAddress, now);
    }

    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private Optional<Wait> waitOf(String key, Instant now, String reason) {
        Failures f = failures.get(key);
        if (f == null || !now.isBefore(f.blockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(new Wait(Duration.between(now, f.blockedUntil()), reason));
    }

    private void record(String key, int free, Instant now) {
        failures.compute(key, (k, f) -> {
            int count = f == null || isForgotten(f, now) ? 1 : f.count() + 1;
            Instant blockedUntil = count < free ? Instant.MIN : now.plus(waitAfter(count - free));
            return new Failures(count, now, blockedUntil);
        });
    }

    /** 1 s after the last free attempt, doubling with each failure after it, never more than the longest wait. */
    Duration waitAfter(int failuresPastFree) {
        if (failuresPastFree >= 30) {
            return longestWait;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << failuresPastFree);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    private boolean isForgotten(Failures f, Instant now) {
        return f.lastFailure().plus(longestWait.multipliedBy(2)).isBefore(now);
    }

    private void forgetOld(Instant now) {
        failures.values().removeIf(f -> isForgotten(f, now) || !now.isBefore(f.blockedUntil()));
        if (failures.size() >= MAX_TRACKED) {
            // a flood of made-up names: start over rather than grow without bound
            failures.clear();
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }

    private record Failures(int count, Instant lastFailure, Instant blockedUntil) {}
}
