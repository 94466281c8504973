package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.application.buyers.AccountRecovery;
import cn.longyuan.market.application.buyers.BuyerAccounts;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The page of the reset link ({@code /reset-password.xhtml?token=…}): a new password, typed twice. A link that is
 * unknown, used or expired says so and leads to a new one; a new password set leads to the login page.
 */
@Named
@RequestScoped
public class PasswordResetForm {

    static final String FORM = "reset";

    @Inject
    private AccountRecovery recovery;

    private String token;
    private String password;
    private String passwordAgain;
    private Boolean usable;

    public String submit() {
        if (!Objects.equals(password, passwordAgain)) {
            AccountForms.error(FORM + ":passwordAgain", ShopTexts.text("register.passwordsDiffer"));
            return null;
        }
        try {
            recovery.reset(token, password);
        } catch (RequestRefusedException refused) {
            for (FieldViolation v : refused.violations()) {
                if (v.field().equals("token")) {
                    usable = false;
                } else {
                    AccountForms.error(
                            FORM + ":password",
                            ShopTexts.text("register.passwordShort", BuyerAccounts.MIN_PASSWORD_LENGTH));
                }
            }
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?reset=1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    /** Whether the link still works: else the page offers to send a new one instead of the form. */
    public boolean isUsable() {
        if (usable == null) {
            // asked first while a postback decodes its form, before the view parameter is applied
            if (token == null) {
                token = FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get("token");
            }
            usable = recovery.isUsable(token);
        }
        return usable;
    }

    public int getMinPasswordLength() {
        return BuyerAccounts.MIN_PASSWORD_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
