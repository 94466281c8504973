package cn.longyuan.market.application.buyers;

import cn.longyuan.market.application.security.PasswordHasher;
import cn.longyuan.market.application.security.PasswordResetThrottle;
import cn.longyuan.market.application.shared.AccessTokens;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.buyer.PasswordReset;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A buyer who forgot her password gets a link by e-mail ({@link PasswordResetRequested}, sent after commit) that
 * lets her choose a new one: good once, for {@code PASSWORD_RESET_TTL} (an hour by default), only its hash stored.
 * Asking answers the same whether or not the address has an account, and is throttled per address and client like
 * a login ({@link PasswordResetThrottle}); only buyers' accounts are recovered here (staff ask the federation).
 */
@ApplicationScoped
@Transactional
public class AccountRecovery {

    private EntityManager em;
    private Clock clock;
    private Duration ttl;
    private Consumer<PasswordResetRequested> announce;
    private PasswordResetThrottle throttle;

    protected AccountRecovery() {
        // for CDI proxies
    }

    @Inject
    public AccountRecovery(
            @MarketDatabase EntityManager em,
            Clock clock,
            @ConfigProperty(name = "PASSWORD_RESET_TTL", defaultValue = "PT1H") String ttl,
            Event<PasswordResetRequested> requests,
            PasswordResetThrottle throttle) {
        this(em, clock, Duration.parse(ttl), requests::fire, throttle);
    }

    public AccountRecovery(
            EntityManager em,
            Clock clock,
            Duration ttl,
            Consumer<PasswordResetRequested> announce,
            PasswordResetThrottle throttle) {
        this.em = em;
        this.clock = clock;
        this.ttl = ttl;
        this.announce = announce;
        this.throttle = throttle;
    }

    /**
     * Sends a link to this address if it is a buyer's login, else nothing; the caller answers alike either way.
     * A newer link ends the older ones. Throws {@code TooManyAttemptsException} when asked too often.
     */
    public void requestReset(String email, String language, String clientAddress) {
        String login = BuyerAccounts.normaliseLogin(email);
        throttle.request(login, clientAddress);
        if (!BuyerAccounts.isEmail(login)) {
            return;
        }
        Optional<Account> account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", login)
                .getResultStream()
                .filter(a -> a.role() == Role.BUYER && a.isActive())
                .findFirst();
        if (account.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        endOpenLinks(account.get().id(), now);
        String token = AccessTokens.newToken();
        PasswordReset reset = new PasswordReset(account.get().id(), AccessTokens.hash(token), now, now.plus(ttl));
        em.persist(reset);
        em.flush();
        announce.accept(new PasswordResetRequested(
                login, account.get().displayName(), token, "en".equals(language) ? "en" : "zh", reset.expiresAt()));
    }

    /** Whether the link still works: the page asks before showing its form. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isUsable(String token) {
        return find(token).filter(r -> r.isUsable(clock.instant())).isPresent();
    }

    /**
     * Sets the new password with the link's token and ends the link (and any other open one of hers). A link that
     * is unknown, used or past its time is refused VALIDATION on {@code token}; a weak password on {@code password}.
     */
    public void reset(String token, String newPassword) {
        Instant now = clock.instant();
        Optional<PasswordReset> found = find(token);
        if (found.isEmpty()) {
            throw refusedLink();
        }
        // locked: two tabs posting one link at the same moment use it once
        PasswordReset reset = em.find(PasswordReset.class, found.get().id(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(reset);
        if (!reset.isUsable(now)) {
            throw refusedLink();
        }
        BuyerAccounts.passwordViolation("password", newPassword).ifPresent(v -> {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.VALIDATION, "The new password is too weak.", List.of(v));
        });
        Account account = em.find(Account.class, reset.accountId());
        if (account == null || account.role() != Role.BUYER || !account.isActive()) {
            throw refusedLink();
        }
        account.changePassword(PasswordHasher.hash(newPassword));
        endOpenLinks(account.id(), now);
    }

    private void endOpenLinks(long accountId, Instant now) {
        em.createNamedQuery(PasswordReset.OPEN_OF_ACCOUNT, PasswordReset.class)
                .setParameter("account", accountId)
                .getResultList()
                .forEach(r -> r.end(now));
    }

    private Optional<PasswordReset> find(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordReset.BY_TOKEN_HASH, PasswordReset.class)
                .setParameter("hash", AccessTokens.hash(token.strip()))
                .getResultStream()
                .findFirst();
    }

    private static RequestRefusedException refusedLink() {
        return new RequestRefusedException(
                RequestRefusedException.Reason.VALIDATION,
                "This link is unknown, used or expired; ask for a new one.",
                List.of(new FieldViolation("token", "unknown, used or expired")));
    }
}
