package cn.longyuan.market.application.buyers;

import cn.longyuan.market.application.security.LoginThrottle;
import cn.longyuan.market.application.security.PasswordHasher;
import cn.longyuan.market.application.security.TooManyAttemptsException;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.buyer.PasswordReset;
import cn.longyuan.market.domain.model.cooperative.Account;
import cn.longyuan.market.domain.model.cooperative.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A logged-in buyer changes her password or her e-mail address; either needs her current password, so that a
 * session left open on a shared computer cannot take the account. A wrong current password counts as a failed
 * login ({@link LoginThrottle}). Her e-mail address is her login name (as when she registered with one): a buyer
 * who logs in with a user name gives an address and logs in with it from then on.
 */
@ApplicationScoped
@Transactional
public class AccountSettings {

    private EntityManager em;
    private Clock clock;
    private LoginThrottle throttle;

    protected AccountSettings() {
        // for CDI proxies
    }

    @Inject
    public AccountSettings(@MarketDatabase EntityManager em, Clock clock, LoginThrottle throttle) {
        this.em = em;
        this.clock = clock;
        this.throttle = throttle;
    }

    public void changePassword(long accountId, String currentPassword, String newPassword, String clientAddress) {
        Account account = checked(accountId, currentPassword, clientAddress);
        List<FieldViolation> violations = new ArrayList<>();
        BuyerAccounts.passwordViolation("newPassword", newPassword).ifPresent(violations::add);
        refuseIfAny(violations, "The password was not changed.");
        account.changePassword(PasswordHasher.hash(newPassword));
        endResetLinks(account);
    }

    /** Answers the new login name, which the caller's session must follow. */
    public String changeEmail(long accountId, String currentPassword, String newEmail, String clientAddress) {
        Account account = checked(accountId, currentPassword, clientAddress);
        String email = BuyerAccounts.normaliseLogin(newEmail);
        List<FieldViolation> violations = new ArrayList<>();
        if (email == null || email.isEmpty()) {
            violations.add(new FieldViolation("email", "required"));
        } else if (!BuyerAccounts.isEmail(email)) {
            violations.add(new FieldViolation("email", "not an e-mail address"));
        } else if (email.equals(account.username())) {
            violations.add(new FieldViolation("email", "already yours"));
        } else if (!em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", email)
                .getResultList()
                .isEmpty()) {
            violations.add(new FieldViolation("email", "already registered"));
        }
        refuseIfAny(violations, "The e-mail address was not changed.");
        String old = account.username();
        account.changeBuyerLogin(email);
        // a reset link sent to the old address must not open the account any more
        endResetLinks(account);
        em.flush();
        throttle.succeeded(old);
        return email;
    }

    private Account checked(long accountId, String currentPassword, String clientAddress) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.role() != Role.BUYER || !account.isActive()) {
            throw RequestRefusedException.notFound("No such buyer.");
        }
        throttle.refusal(account.username(), clientAddress).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
        if (currentPassword == null || !PasswordHasher.matches(currentPassword, account.passwordHash())) {
            throttle.failed(account.username(), clientAddress);
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.VALIDATION,
                    "The current password is wrong.",
                    List.of(new FieldViolation("currentPassword", "wrong")));
        }
        return account;
    }

    private void endResetLinks(Account account) {
        em.createNamedQuery(PasswordReset.OPEN_OF_ACCOUNT, PasswordReset.class)
                .setParameter("account", account.id())
                .getResultList()
                .forEach(r -> r.end(clock.instant()));
    }

    private static void refuseIfAny(List<FieldViolation> violations, String message) {
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(RequestRefusedException.Reason.VALIDATION, message, violations);
        }
    }
}
