package cn.longyuan.market.application.buyers;

import cn.longyuan.market.application.security.PasswordHasher;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Buyers' accounts: registering with an e-mail address or a user name, and reading one back. A buyer's
 * login name is kept lower-case, so "Wang@Example.com" and "wang@example.com" are one account. The password
 * is hashed like every account's ({@link PasswordHasher}); checking it at login is {@code AccountService}'s.
 */
@ApplicationScoped
@Transactional
public class BuyerAccounts {

    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 200;
    public static final int MAX_DISPLAY_NAME = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    /** A buyer as the shop knows her. */
    public record Buyer(long accountId, String loginName, String displayName) {

        /** Her e-mail address: her login name when she registered with one. */
        public Optional<String> email() {
            return loginName.contains("@") ? Optional.of(loginName) : Optional.empty();
        }
    }

    private EntityManager em;
    private Clock clock;

    protected BuyerAccounts() {
        // for CDI proxies
    }

    @Inject
    public BuyerAccounts(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The login name as stored: trimmed and lower-case. */
    public static String normaliseLogin(String login) {
        return login == null ? null : login.strip().toLowerCase(Locale.ROOT);
    }

    public Buyer register(String login, String displayName, String password) {
        String name = normaliseLogin(login);
        List<FieldViolation> violations = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            violations.add(new FieldViolation("login", "required"));
        } else if (name.contains("@") ? !isEmail(name) : !USERNAME.matcher(name).matches()) {
            violations.add(new FieldViolation(
                    "login", "an e-mail address, or a user name of 3–60 lower-case letters, digits, '.', '_' or '-'"));
        } else if (find(name).isPresent()) {
            violations.add(new FieldViolation("login", "already registered"));
        }
        if (displayName == null || displayName.isBlank()) {
            violations.add(new FieldViolation("displayName", "required"));
        } else if (displayName.strip().length() > MAX_DISPLAY_NAME) {
            violations.add(new FieldViolation("displayName", "at most " + MAX_DISPLAY_NAME + " characters"));
        }
        passwordViolation("password", password).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.VALIDATION, "The account cannot be created.", violations);
        }
        Account account = new Account(
                name, PasswordHasher.hash(password), Role.BUYER, null, displayName.strip(), clock.instant());
        em.persist(account);
        em.flush();
        return buyerOf(account);
    }

    /** What is wrong with a new password, if anything: the one rule for registering, changing and resetting it. */
    public static Optional<FieldViolation> passwordViolation(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of(new FieldViolation(field, "at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.of(new FieldViolation(field, "at most " + MAX_PASSWORD_LENGTH + " characters"));
        }
        return Optional.empty();
    }

    /** Whether a normalised login name is an e-mail address a buyer may log in with. */
    public static boolean isEmail(String name) {
        return name != null && name.length() <= 200 && EMAIL.matcher(name).matches();
    }

    /** Whether an account other than {@code exceptAccountId} has this login name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isTaken(String login, long exceptAccountId) {
        return find(normaliseLogin(login))
                .filter(a -> a.id() != exceptAccountId)
                .isPresent();
    }

    /** The buyer with this account id, if it is an active buyer's account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Buyer> buyer(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId))
                .filter(a -> a.role() == Role.BUYER && a.isActive())
                .map(BuyerAccounts::buyerOf);
    }

    /** The buyer with this login name, if it is an active buyer's account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Buyer> byLogin(String login) {
        return find(normaliseLogin(login))
                .filter(a -> a.role() == Role.BUYER && a.isActive())
                .map(BuyerAccounts::buyerOf);
    }

    private Optional<Account> find(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    private static Buyer buyerOf(Account account) {
        return new Buyer(account.id(), account.username(), account.displayName());
    }
}
