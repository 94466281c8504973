package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.application.buyers.BuyerAccounts;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;

/**
 * Registering as a buyer ({@code /register.xhtml}): an e-mail address or a user name, the name shown on her
 * reviews, a password of at least {@value BuyerAccounts#MIN_PASSWORD_LENGTH} characters typed twice. She is
 * logged in at once, with what she put in her cart as a guest.
 */
@Named
@RequestScoped
public class Registration {

    static final String FORM = "register";

    @Inject
    private BuyerAccounts accounts;

    @Inject
    private LoginFlow flow;

    private String login;
    private String displayName;
    private String password;
    private String passwordAgain;
    private String next;

    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!Objects.equals(password, passwordAgain)) {
            error(faces, "passwordAgain", ShopTexts.text("register.passwordsDiffer"));
            return null;
        }
        try {
            accounts.register(login, displayName, password);
        } catch (RequestRefusedException refused) {
            for (FieldViolation v : refused.violations()) {
                error(
                        faces,
                        v.field(),
                        ShopTexts.text(
                                v.message().startsWith("required")
                                        ? "violation.required"
                                        : switch (v.field()) {
                                            case "login" ->
                                                v.message().startsWith("already")
                                                        ? "register.loginTaken"
                                                        : "register.loginInvalid";
                                            case "displayName" -> "register.displayNameInvalid";
                                            default -> "register.passwordShort";
                                        },
                                BuyerAccounts.MIN_PASSWORD_LENGTH));
            }
            return null;
        }
        if (flow.logIn(login, password) == LoginFlow.Outcome.LOGGED_IN) {
            flow.goOn(next);
        }
        return null;
    }

    private static void error(FacesContext faces, String field, String text) {
        faces.addMessage(FORM + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public int getMinPasswordLength() {
        return BuyerAccounts.MIN_PASSWORD_LENGTH;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
