package cn.longyuan.market.application.security;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.AuditEntry;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Federation staff keep the back-office accounts: create one (manager of a cooperative, broker, staff), disable and
 * enable it, reset it, change its role. A new or reset account gets a set-password link, or a password given by staff
 * that she must change at her first login. Staff do none of this to their own account (no one locks herself out or
 * raises herself), and every change is written to the audit trail (who, what, when, before → after).
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    static final String SUBJECT = "account";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final int MAX_NAME = 100;

    private EntityManager em;
    private Clock clock;
    private Passwords passwords;

    protected AccountAdministration() {
        // for CDI proxies
    }

    @Inject
    public AccountAdministration(@MarketDatabase EntityManager em, Clock clock, Passwords passwords) {
        this.em = em;
        this.clock = clock;
        this.passwords = passwords;
    }

    public record AccountView(
            long id,
            String username,
            String displayName,
            Role role,
            Long cooperativeId,
            BilingualText cooperativeName,
            boolean active,
            boolean mustChangePassword,
            Instant createdAt,
            long version,
            String email) {}

    /**
     * What staff fill in; {@code password} null means "send her a link", {@code email} (where her notices go) is
     * optional.
     */
    public record NewAccount(
            String username, String displayName, Role role, Long cooperativeId, String password, String email) {

        public NewAccount(String username, String displayName, Role role, Long cooperativeId, String password) {
            this(username, displayName, role, cooperativeId, password, null);
        }
    }

    /** The account and, when she is to set her own password, the link to give her (shown once). */
    public record Issued(AccountView account, Passwords.IssuedLink link) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountView> all(Actor actor) {
        requireFederation(actor);
        return em
                .createQuery("select a from Account a where a.role <> :buyer order by a.username", Account.class)
                .setParameter("buyer", Role.BUYER)
                .getResultList()
                .stream()
                .map(AccountAdministration::view)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView one(Actor actor, String username) {
        requireFederation(actor);
        return view(find(username));
    }

    public Issued create(Actor actor, NewAccount draft) {
        requireFederation(actor);
        List<FieldViolation> violations = new ArrayList<>();
        if (draft.username() == null || !USERNAME.matcher(draft.username()).matches()) {
            violations.add(new FieldViolation("username", "3–60 lower-case letters, digits, '.', '_' or '-'"));
        } else if (exists(draft.username())) {
            violations.add(new FieldViolation("username", "already taken"));
        }
        if (draft.displayName() == null || draft.displayName().isBlank()) {
            violations.add(new FieldViolation("displayName", "required"));
        } else if (draft.displayName().strip().length() > MAX_NAME) {
            violations.add(new FieldViolation("displayName", "at most " + MAX_NAME + " characters"));
        }
        Cooperative cooperative = cooperativeFor(draft.role(), draft.cooperativeId(), violations);
        String email = EmailAddress.normalise(draft.email());
        if (email != null) {
            EmailAddress.problem(email).ifPresent(p -> violations.add(new FieldViolation("email", p)));
        }
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The account cannot be created.", violations);
        }
        if (draft.password() != null) {
            Passwords.requireAcceptable(draft.username(), draft.password(), "password");
        }
        Instant now = clock.instant();
        Account account = new Account(
                draft.username(),
                draft.password() == null ? Passwords.unusableHash() : PasswordHasher.hash(draft.password()),
                draft.role(),
                cooperative,
                draft.displayName().strip(),
                now);
        account.resetPassword(account.passwordHash(), draft.password() != null);
        account.giveEmail(email);
        em.persist(account);
        em.flush();
        Passwords.IssuedLink link = draft.password() == null ? passwords.issue(account, actor.username()) : null;
        audit(
                actor,
                "ACCOUNT_CREATED",
                account,
                describe(account)
                        + (link == null ? ", password given" : ", set-password link")
                        + (email == null ? "" : ", e-mail " + email));
        return new Issued(view(account), link);
    }

    public AccountView disable(Actor actor, String username) {
        Account account = others(actor, username);
        if (!account.isActive()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE, "The account " + username + " is disabled already.");
        }
        account.disable();
        audit(actor, "ACCOUNT_DISABLED", account, "active → disabled");
        return view(account);
    }

    public AccountView enable(Actor actor, String username) {
        Account account = others(actor, username);
        if (account.isActive()) {
            throw new RequestRefusedException(Reason.INVALID_STATE, "The account " + username + " is active already.");
        }
        account.enable();
        audit(actor, "ACCOUNT_ENABLED", account, "disabled → active");
        return view(account);
    }

    /**
     * Her password stops working at once. With a temporary password she logs in with it and must change it; without
     * one she gets a new set-password link. Either way older links stop working.
     */
    public Issued reset(Actor actor, String username, String temporaryPassword) {
        Account account = others(actor, username);
        if (temporaryPassword != null) {
            Passwords.requireAcceptable(username, temporaryPassword, "temporaryPassword");
            account.resetPassword(PasswordHasher.hash(temporaryPassword), true);
            passwords.spendOpenLinks(account, clock.instant());
        } else {
            account.resetPassword(Passwords.unusableHash(), false);
        }
        Passwords.IssuedLink link = temporaryPassword == null ? passwords.issue(account, actor.username()) : null;
        audit(actor, "ACCOUNT_RESET", account, link == null ? "temporary password given" : "set-password link");
        em.flush();
        return new Issued(view(account), link);
    }

    public AccountView changeRole(Actor actor, String username, Role role, Long cooperativeId) {
        Account account = others(actor, username);
        List<FieldViolation> violations = new ArrayList<>();
        Cooperative cooperative = cooperativeFor(role, cooperativeId, violations);
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The role cannot be changed.", violations);
        }
        String before = describe(account);
        if (account.role() == role
                && (cooperative == null
                        ? account.cooperative() == null
                        : account.cooperative() != null
                                && cooperative.id().equals(account.cooperative().id()))) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE, "The account " + username + " has this role already.");
        }
        account.changeRole(role, cooperative);
        audit(actor, "ACCOUNT_ROLE_CHANGED", account, before + " → " + describe(account));
        em.flush();
        return view(account);
    }

    /** The role and cooperative asked for; a manager needs an existing cooperative, nobody else has one. */
    private Cooperative cooperativeFor(Role role, Long cooperativeId, List<FieldViolation> violations) {
        if (role == null || role == Role.BUYER) {
            violations.add(new FieldViolation("role", "one of FEDERATION, COOP_MANAGER, BROKER"));
            return null;
        }
        if (role != Role.COOP_MANAGER) {
            if (cooperativeId != null) {
                violations.add(
                        new FieldViolation("cooperativeId", "only a cooperative manager belongs to a cooperative"));
            }
            return null;
        }
        Cooperative cooperative = cooperativeId == null ? null : em.find(Cooperative.class, cooperativeId);
        if (cooperative == null) {
            violations.add(new FieldViolation(
                    "cooperativeId",
                    cooperativeId == null ? "required for a cooperative manager" : "no such cooperative"));
        }
        return cooperative;
    }

    /** Another back-office account than the caller's own: staff change no buyer's account and not their own. */
    private Account others(Actor actor, String username) {
        requireFederation(actor);
        Account account = find(username);
        if (account.id() == actor.accountId()) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE,
                    "Staff do not disable, reset or re-role their own account (change your own password instead).");
        }
        return account;
    }

    private Account find(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .filter(Account::isBackOffice)
                .orElseThrow(() -> RequestRefusedException.notFound("No back-office account " + username + "."));
    }

    boolean exists(String username) {
        return !em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultList()
                .isEmpty();
    }

    private void audit(Actor actor, String action, Account account, String detail) {
        audit(em, clock, actor, action, account, detail);
    }

    /** One account change in the audit trail: who, what, which account, "her name: before → after". */
    static void audit(EntityManager em, Clock clock, Actor actor, String action, Account account, String detail) {
        em.persist(new AuditEntry(
                actor.username(), action, SUBJECT, account.id(), account.username() + ": " + detail, clock.instant()));
    }

    private static String describe(Account account) {
        return account.role().name()
                + (account.cooperative() == null
                        ? ""
                        : " of cooperative " + account.cooperative().id());
    }

    static AccountView view(Account a) {
        return new AccountView(
                a.id(),
                a.username(),
                a.displayName(),
                a.role(),
                a.cooperative() == null ? null : a.cooperative().id(),
                a.cooperative() == null ? null : a.cooperative().name(),
                a.isActive(),
                a.mustChangePassword(),
                a.createdAt(),
                a.version(),
                a.email());
    }

    static void requireFederation(Actor actor) {
        if (actor == null || !actor.is(Role.FEDERATION)) {
            throw new RequestRefusedException(Reason.FORBIDDEN, "Only federation staff keep the back-office accounts.");
        }
    }
}
