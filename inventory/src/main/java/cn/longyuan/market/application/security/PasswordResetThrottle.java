package cn.longyuan.market.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests for a password-reset mail, counted like failed logins ({@link LoginThrottle}, the same settings) per
 * e-mail address and per client address, but apart from the logins: asking for a link must not lock a buyer out
 * of logging in, nor a login failure stop her asking. Every request counts, whether the address has an account or
 * not, so that the answers do not tell which addresses do.
 */
@ApplicationScoped
public class PasswordResetThrottle {

    private LoginThrottle counts;

    protected PasswordResetThrottle() {
        // for CDI proxies
    }

    @Inject
    public PasswordResetThrottle(
            Clock clock,
            @ConfigProperty(name = "LOGIN_FREE_ATTEMPTS", defaultValue = "5") int freePerAccount,
            @ConfigProperty(name = "LOGIN_FREE_ATTEMPTS_PER_ADDRESS", defaultValue = "30") int freePerAddress,
            @ConfigProperty(name = "LOGIN_LOCKOUT_MAX", defaultValue = "PT15M") String longestWait) {
        this.counts = new LoginThrottle(clock, freePerAccount, freePerAddress, longestWait);
    }

    /** Counts this request, or refuses it when the e-mail or client address asked too often. */
    public void request(String email, String clientAddress) {
        var wait = counts.refusal(email, clientAddress);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException(wait.get());
        }
        counts.failed(email, clientAddress);
    }
}
