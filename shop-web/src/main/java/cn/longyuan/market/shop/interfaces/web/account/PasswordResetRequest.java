package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.application.buyers.AccountRecovery;
import cn.longyuan.market.application.security.TooManyAttemptsException;
import cn.longyuan.market.web.security.ClientAddresses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * "Forgot your password?" ({@code /forgot-password.xhtml}): she gives her e-mail address and is told that a link
 * is on its way if the address has an account — the same words whether it has or not.
 */
@Named
@RequestScoped
public class PasswordResetRequest {

    static final String FORM = "forgot";

    @Inject
    private AccountRecovery recovery;

    @Inject
    private ClientAddresses addresses;

    private String email;
    private boolean sent;

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            recovery.requestReset(email, AccountForms.language(), addresses.of((HttpServletRequest)
                    faces.getExternalContext().getRequest()));
            sent = true;
        } catch (TooManyAttemptsException throttled) {
            AccountForms.tooMany(FORM + ":email", throttled.waitTime());
        }
    }

    /** Whether the page says "if this address has an account, a link is on its way". */
    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
