package cn.longyuan.market.application.security;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.PasswordLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A back-office user's own password: set from a single-use link that staff made for her (valid {@link #LINK_LIFETIME}),
 * or changed by herself with her current one. A password set here is her own, so she need not change it at login.
 */
@ApplicationScoped
@Transactional
public class Passwords {

    public static final Duration LINK_LIFETIME = Duration.ofHours(72);
    static final int MAX_PASSWORD_LENGTH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EntityManager em;
    private Clock clock;

    protected Passwords() {
        // for CDI proxies
    }

    @Inject
    public Passwords(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A link's token, shown once to whoever made it; the address is the interfaces' business. */
    public record IssuedLink(String username, String token, Instant expiresAt) {}

    /** A new link for the account; links made before for it stop working (only the newest one opens it). */
    public IssuedLink issue(Account account, String by) {
        Instant now = clock.instant();
        spendOpenLinks(account, now);
        String token = newToken();
        PasswordLink link = new PasswordLink(account, hashOf(token), by, now, now.plus(LINK_LIFETIME));
        em.persist(link);
        return new IssuedLink(account.username(), token, link.expiresAt());
    }

    /** The user name a link would set the password of, when it still works. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> holderOf(String token) {
        return usable(token).map(link -> link.account().username());
    }

    /** Sets the link's account's password and spends the link. Answers the user name. */
    public String setFromLink(String token, String newPassword) {
        PasswordLink link = usable(token)
                .orElseThrow(() -> new RequestRefusedException(
                        Reason.INVALID_STATE,
                        "This link has been used, has expired or does not exist; ask federation staff for a new one.",
                        List.of(new FieldViolation("token", "used, expired or unknown"))));
        Account account = link.account();
        requireAcceptable(account.username(), newPassword, "newPassword");
        Instant now = clock.instant();
        // conditional, so that two uses of one link at once set one password, not two
        int spent = em.createQuery(
                        "update PasswordLink l set l.usedAt = :now where l.tokenHash = :hash and l.usedAt is null")
                .setParameter("now", now)
                .setParameter("hash", hashOf(token))
                .executeUpdate();
        if (spent != 1) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "This link has just been used.",
                    List.of(new FieldViolation("token", "used, expired or unknown")));
        }
        account.choosePassword(PasswordHasher.hash(newPassword));
        spendOpenLinks(account, now);
        em.flush();
        return account.username();
    }

    /** The user changes her own password; the current one must be right. */
    public void change(Actor actor, String currentPassword, String newPassword) {
        Account account = em.find(Account.class, actor.accountId());
        if (account == null || !account.isActive()) {
            throw RequestRefusedException.notFound("No account " + actor.username() + ".");
        }
        if (currentPassword == null
                || currentPassword.length() > MAX_PASSWORD_LENGTH
                || !PasswordHasher.matches(currentPassword, account.passwordHash())) {
            throw RequestRefusedException.invalid("currentPassword", "not your current password");
        }
        requireAcceptable(account.username(), newPassword, "newPassword");
        if (newPassword.equals(currentPassword)) {
            throw RequestRefusedException.invalid("newPassword", "the same as the current one");
        }
        account.choosePassword(PasswordHasher.hash(newPassword));
        spendOpenLinks(account, clock.instant());
        em.flush();
    }

    /** What any password of a back-office account must be: long enough, not absurdly long, not the user name. */
    static void requireAcceptable(String username, String password, String field) {
        List<FieldViolation> violations = new ArrayList<>();
        if (password == null || password.length() < AccountService.MIN_PASSWORD_LENGTH) {
            violations.add(new FieldViolation(field, "at least " + AccountService.MIN_PASSWORD_LENGTH + " characters"));
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            violations.add(new FieldViolation(field, "at most " + MAX_PASSWORD_LENGTH + " characters"));
        } else if (password.equalsIgnoreCase(username)) {
            violations.add(new FieldViolation(field, "not the user name"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The password is not acceptable.", violations);
        }
    }

    void spendOpenLinks(Account account, Instant at) {
        em.createNamedQuery(PasswordLink.OPEN_OF_ACCOUNT, PasswordLink.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(l -> l.spend(at));
    }

    /** A hash no password matches: the account opens only through a link until she sets her own. */
    static String unusableHash() {
        return PasswordHasher.hash(newToken() + newToken());
    }

    private Optional<PasswordLink> usable(String token) {
        if (token == null || token.length() != 43 || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createNamedQuery(PasswordLink.BY_TOKEN_HASH, PasswordLink.class)
                .setParameter("hash", hashOf(token))
                .getResultStream()
                .findFirst()
                .filter(l -> l.isUsableAt(now));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hashOf(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
