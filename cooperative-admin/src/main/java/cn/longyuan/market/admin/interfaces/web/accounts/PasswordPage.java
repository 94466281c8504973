package cn.longyuan.market.admin.interfaces.web.accounts;

import cn.longyuan.market.admin.infrastructure.security.BackOfficeAuthenticationMechanism;
import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.security.AccountAdministration;
import cn.longyuan.market.application.security.AccountEmails;
import cn.longyuan.market.application.security.Passwords;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;

/**
 * A user changes her own password ({@code /admin/password.xhtml}, every back-office user), with her current one, and
 * the e-mail address her notices go to, with her current password too. A user whose password staff gave her is sent
 * here after her login and may go nowhere else until she chose her own.
 */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    private Passwords passwords;

    @Inject
    private cn.longyuan.market.application.security.AccountService accounts;

    @Inject
    private AccountEmails emails;

    @Inject
    private BackOfficeUser user;

    @Inject
    private FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String repeated;

    private String email;
    private boolean emailRead;
    private String emailPassword;

    public boolean isMustChange() {
        return faces.getExternalContext()
                        .getSessionMap()
                        .get(BackOfficeAuthenticationMechanism.SESSION_MUST_CHANGE_PASSWORD)
                != null;
    }

    public String change() {
        if (!Objects.equals(newPassword, repeated)) {
            PageMessages.refused(
                    RequestRefusedException.invalid("repeated", "not the same as the new password"), "password", null);
            return null;
        }
        try {
            passwords.change(user.actor(), currentPassword, newPassword);
        } catch (RequestRefusedException refused) {
            PageMessages.refused(refused, "password", null);
            return null;
        }
        java.util.Map<String, Object> session = faces.getExternalContext().getSessionMap();
        session.remove(BackOfficeAuthenticationMechanism.SESSION_MUST_CHANGE_PASSWORD);
        // her own change is no reason to end her session
        accounts.version(user.actor().username())
                .ifPresent(v -> session.put(BackOfficeAuthenticationMechanism.SESSION_ACCOUNT_VERSION, v));
        PageMessages.info("password.changed");
        currentPassword = newPassword = repeated = null;
        return null;
    }

    public String changeEmail() {
        try {
            AccountAdministration.AccountView changed = emails.changeOwn(user.actor(), emailPassword, email);
            email = changed.email();
            PageMessages.info(email == null ? "password.emailRemoved" : "password.emailSaved");
        } catch (RequestRefusedException refused) {
            PageMessages.refused(refused, "address", null);
        }
        emailPassword = null;
        return null;
    }

    /** The address as typed in this request, else the one she has. */
    public String getEmail() {
        if (!emailRead) {
            email = emails.own(user.actor());
            emailRead = true;
        }
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
        emailRead = true;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
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

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
