package cn.longyuan.market.application.security;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Accounts: checking a login, the first federation account of an installation, the demo accounts. */
@ApplicationScoped
@Transactional
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private EntityManager em;
    private Clock clock;

    protected AccountService() {
        // for CDI proxies
    }

    @Inject
    public AccountService(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * The actor for a user name and password; empty for a wrong one or an inactive account. An unknown name costs
     * what a known one does — one query of the same shape and one PBKDF2 check — so that the time of the answer does
     * not tell which names exist; only after the password matched is the account read in full.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Actor> authenticate(String username, String password) {
        if (username == null || password == null || username.length() > 60 || password.length() > 200) {
            return Optional.empty();
        }
        List<String> hashes = em.createQuery(
                        "select a.passwordHash from Account a where a.username = :username", String.class)
                .setParameter("username", username)
                .getResultList();
        boolean matches = PasswordHasher.matches(password, hashes.isEmpty() ? DUMMY_HASH : hashes.get(0));
        if (!matches || hashes.isEmpty()) {
            return Optional.empty();
        }
        return actor(username);
    }

    /** The actor for an already authenticated user name (a session), if the account is still active. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Actor> actor(String username) {
        return find(username).filter(Account::isActive).map(AccountService::actorOf);
    }

    /**
     * The account's version (any change — password, role, disabling — makes a new one), for a cache of password checks:
     * read before the check, so that a change during it is not missed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.OptionalLong version(String username) {
        return find(username).map(a -> java.util.OptionalLong.of(a.version())).orElse(java.util.OptionalLong.empty());
    }

    /** The actor, if the account is active and unchanged since that version (a cached password check still holds). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Actor> actorAtVersion(String username, long version) {
        return find(username)
                .filter(Account::isActive)
                .filter(a -> a.version() == version)
                .map(AccountService::actorOf);
    }

    /** Whether she logs in with a password staff gave her, which she must replace before anything else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mustChangePassword(String username) {
        return find(username).map(Account::mustChangePassword).orElse(false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAccounts() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0;
    }

    /**
     * How a real installation gets its first login: a federation account from ADMIN_USER / ADMIN_PASSWORD,
     * created only while there are no accounts at all. A password under 12 characters is refused.
     */
    public boolean createFirstFederationAccount(String username, String password) {
        if (hasAccounts()) {
            return false;
        }
        create(username, password, Role.FEDERATION, null, "Federation administrator");
        return true;
    }

    public Account create(String username, String password, Role role, Long cooperativeId, String displayName) {
        List<FieldViolation> violations = new java.util.ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            violations.add(new FieldViolation("username", "3–60 lower-case letters, digits, '.', '_' or '-'"));
        } else if (find(username).isPresent()) {
            violations.add(new FieldViolation("username", "already taken"));
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            violations.add(new FieldViolation("password", "at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.VALIDATION, "The account cannot be created.", violations);
        }
        Cooperative cooperative = cooperativeId == null ? null : em.find(Cooperative.class, cooperativeId);
        Account account =
                new Account(username, PasswordHasher.hash(password), role, cooperative, displayName, clock.instant());
        em.persist(account);
        em.flush();
        return account;
    }

    private Optional<Account> find(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    private static Actor actorOf(Account account) {
        return new Actor(
                account.id(),
                account.username(),
                account.role(),
                account.cooperative() == null ? null : account.cooperative().id());
    }

    private static final String DUMMY_HASH = PasswordHasher.hash("no such account: compare anyway");
}
