package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.application.buyers.AccountSettings;
import cn.longyuan.market.application.buyers.BuyerAccounts;
import cn.longyuan.market.application.security.TooManyAttemptsException;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.shop.infrastructure.security.BuyerSessions;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.web.security.ClientAddresses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;

/**
 * Her password and e-mail address ({@code /account/security.xhtml}), each changed with her current password. A
 * new e-mail address is her login name from then on; her session follows it.
 */
@Named
@RequestScoped
public class AccountSecurityPage {

    static final String PASSWORD_FORM = "password";
    static final String EMAIL_FORM = "email";

    @Inject
    private AccountSettings settings;

    @Inject
    private CurrentBuyer buyer;

    @Inject
    private ClientAddresses addresses;

    @Inject
    private BuyerAccounts accounts;

    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;
    private String emailPassword;
    private String newEmail;

    public void changePassword() {
        if (!Objects.equals(newPassword, newPasswordAgain)) {
            AccountForms.error(PASSWORD_FORM + ":newPasswordAgain", ShopTexts.text("register.passwordsDiffer"));
            return;
        }
        try {
            settings.changePassword(buyer.accountId(), currentPassword, newPassword, clientAddress());
            AccountForms.info(null, ShopTexts.text("security.passwordChanged"));
        } catch (RequestRefusedException refused) {
            refused.violations().forEach(v -> AccountForms.error(PASSWORD_FORM + ":" + v.field(), text(v)));
        } catch (TooManyAttemptsException throttled) {
            AccountForms.tooMany(PASSWORD_FORM + ":currentPassword", throttled.waitTime());
        }
    }

    public void changeEmail() {
        try {
            String login = settings.changeEmail(buyer.accountId(), emailPassword, newEmail, clientAddress());
            // her session is kept under her login name: it follows the new one
            BuyerSessions.renamed(request(), login);
            AccountForms.info(null, ShopTexts.text("security.emailChanged", login));
            newEmail = null;
        } catch (RequestRefusedException refused) {
            refused.violations()
                    .forEach(v -> AccountForms.error(
                            EMAIL_FORM + ":" + (v.field().equals("currentPassword") ? "emailPassword" : "newEmail"),
                            text(v)));
        } catch (TooManyAttemptsException throttled) {
            AccountForms.tooMany(EMAIL_FORM + ":emailPassword", throttled.waitTime());
        }
    }

    private static String text(FieldViolation v) {
        return switch (v.field()) {
            case "currentPassword" -> ShopTexts.text("security.wrongPassword");
            case "email" ->
                ShopTexts.text(
                        v.message().startsWith("already registered")
                                ? "register.loginTaken"
                                : v.message().startsWith("already yours")
                                        ? "security.sameEmail"
                                        : "security.emailInvalid");
            default -> ShopTexts.text("register.passwordShort", BuyerAccounts.MIN_PASSWORD_LENGTH);
        };
    }

    private String clientAddress() {
        return addresses.of(request());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** What she logs in with now; her e-mail address when it is one. */
    public String getLogin() {
        return current().map(BuyerAccounts.Buyer::loginName).orElse(null);
    }

    public boolean isLoginAnEmail() {
        return current().flatMap(BuyerAccounts.Buyer::email).isPresent();
    }

    /** Read again, not the request's: a change of e-mail on this request is shown at once. */
    private java.util.Optional<BuyerAccounts.Buyer> current() {
        return buyer.get().flatMap(b -> accounts.buyer(b.accountId()));
    }

    public int getMinPasswordLength() {
        return BuyerAccounts.MIN_PASSWORD_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }
}
