package cn.longyuan.market.application.security;

/**
 * Refused before anything was checked or sent: this account name or client address tried too often
 * ({@link LoginThrottle}). The page answers 429 with {@code Retry-After} and says how long to wait.
 */
public class TooManyAttemptsException extends RuntimeException {

    private final transient LoginThrottle.Wait wait;

    public TooManyAttemptsException(LoginThrottle.Wait wait) {
        super("too many attempts; retry after " + wait.seconds() + " s");
        this.wait = wait;
    }

    public LoginThrottle.Wait waitTime() {
        return wait;
    }
}
