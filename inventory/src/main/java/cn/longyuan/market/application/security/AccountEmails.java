package cn.longyuan.market.application.security;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.shared.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a back-office user's notices go (a cooperative manager's low-stock mail): federation staff set or change any
 * back-office account's e-mail address, every user her own (with her current password, as for her password: an open
 * session left behind is not enough to send her mail elsewhere). An empty address removes it. Each change is an
 * {@code ACCOUNT_EMAIL_CHANGED} entry in the audit trail, "before → after".
 * <p>
 * The address is written by a conditional update, not through the entity: it leaves the account's version alone
 * (her session and cached API logins end when the version changes — right for a reset or a new role, not for an
 * address), and it writes only over the address it read, so two changes at once do not silently overwrite each other.
 */
@ApplicationScoped
@Transactional
public class AccountEmails {

    public static final String CHANGED = "ACCOUNT_EMAIL_CHANGED";
    private static final String NONE = "none";

    private EntityManager em;
    private Clock clock;

    protected AccountEmails() {
        // for CDI proxies
    }

    @Inject
    public AccountEmails(@MarketDatabase EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Her own address, or null (none, or no such back-office account). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String own(Actor actor) {
        Account account = actor == null ? null : em.find(Account.class, actor.accountId());
        return account == null || !account.isBackOffice() ? null : account.email();
    }

    /** Staff set the address of a back-office account (theirs included: it locks no one out). */
    public AccountAdministration.AccountView change(Actor actor, String username, String address) {
        AccountAdministration.requireFederation(actor);
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .filter(Account::isBackOffice)
                .orElseThrow(() -> RequestRefusedException.notFound("No back-office account " + username + "."));
        return write(actor, account, address);
    }

    /** She sets her own address; her current password must be right. */
    public AccountAdministration.AccountView changeOwn(Actor actor, String currentPassword, String address) {
        Account account = actor == null ? null : em.find(Account.class, actor.accountId());
        if (account == null || !account.isActive() || !account.isBackOffice()) {
            throw RequestRefusedException.notFound("No back-office account.");
        }
        if (currentPassword == null
                || currentPassword.length() > Passwords.MAX_PASSWORD_LENGTH
                || !PasswordHasher.matches(currentPassword, account.passwordHash())) {
            throw RequestRefusedException.invalid("currentPassword", "not your current password");
        }
        return write(actor, account, address);
    }

    private AccountAdministration.AccountView write(Actor actor, Account account, String typed) {
        String address = EmailAddress.normalise(typed);
        Optional<String> problem = address == null ? Optional.empty() : EmailAddress.problem(address);
        if (problem.isPresent()) {
            throw new RequestRefusedException(
                    Reason.VALIDATION,
                    "The e-mail address is not acceptable.",
                    List.of(new FieldViolation("email", problem.get())));
        }
        String before = account.email();
        if (Objects.equals(before, address)) {
            return AccountAdministration.view(account);
        }
        // native SQL: EclipseLink raises the version in a JPQL update of a versioned entity
        int written = (before == null
                        ? em.createNativeQuery("update account set email = ?1 where id = ?2 and email is null")
                        : em.createNativeQuery("update account set email = ?1 where id = ?2 and email = ?3")
                                .setParameter(3, before))
                .setParameter(1, address)
                .setParameter(2, account.id())
                .executeUpdate();
        if (written != 1) {
            throw new RequestRefusedException(
                    Reason.INVALID_STATE, "The e-mail address was changed by someone else meanwhile: reload.");
        }
        AccountAdministration.audit(
                em,
                clock,
                actor,
                CHANGED,
                account,
                (before == null ? NONE : before) + " → " + (address == null ? NONE : address));
        em.flush();
        em.refresh(account);
        return AccountAdministration.view(account);
    }
}
