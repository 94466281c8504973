package cn.longyuan.market.admin.interfaces.web.accounts;

import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.security.Passwords;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The page of a set-password link ({@code /admin/set-password.xhtml?token=…}, no login): a new or reset user chooses
 * her password, once; then she signs in with it. The token travels in a hidden field of the form, never in a session.
 */
@Named
@RequestScoped
public class SetPasswordPage {

    @Inject
    private Passwords passwords;

    private String token;
    private String newPassword;
    private String repeated;
    private Optional<String> holder;

    /**
     * The token from the link's address, or on a postback from the form's hidden field. Read before the form is decoded:
     * whether the form is there at all depends on it.
     */
    @PostConstruct
    void readToken() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        token = parameters.getOrDefault("token", parameters.get("setPassword:token"));
    }

    /** Whose password the link sets, if it still works. */
    public String getHolder() {
        if (holder == null) {
            holder = token == null ? Optional.empty() : passwords.holderOf(token);
        }
        return holder.orElse(null);
    }

    public String submit() {
        if (!Objects.equals(newPassword, repeated)) {
            PageMessages.refused(
                    RequestRefusedException.invalid("repeated", "not the same as the new password"),
                    "setPassword",
                    null);
            return null;
        }
        try {
            passwords.setFromLink(token, newPassword);
            // the login page says so (a parameter, not the flash: the login page keeps no state)
            return "/login.xhtml?faces-redirect=true&passwordSet=true";
        } catch (RequestRefusedException refused) {
            PageMessages.refused(refused, "setPassword", null);
            holder = null;
            return null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
