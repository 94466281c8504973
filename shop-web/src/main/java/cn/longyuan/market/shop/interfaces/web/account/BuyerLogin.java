package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The shop's login form ({@code /login.xhtml?next=…}): e-mail or user name and password. */
@Named
@RequestScoped
public class BuyerLogin {

    @Inject
    private LoginFlow flow;

    private String login;
    private String password;
    private String next;

    public String submit() {
        LoginFlow.Outcome outcome = flow.logIn(login, password);
        switch (outcome) {
            case LOGGED_IN -> flow.goOn(next);
            case TOO_MANY_ATTEMPTS ->
                FacesContext.getCurrentInstance()
                        .addMessage(
                                "login:password",
                                new FacesMessage(
                                        FacesMessage.SEVERITY_ERROR,
                                        ShopTexts.text("login.tooManyAttempts", flow.retryAfterSeconds()),
                                        null));
            default ->
                FacesContext.getCurrentInstance()
                        .addMessage(
                                "login:password",
                                new FacesMessage(
                                        FacesMessage.SEVERITY_ERROR,
                                        ShopTexts.text(
                                                outcome == LoginFlow.Outcome.NOT_A_BUYER
                                                        ? "login.notBuyer"
                                                        : "login.failed"),
                                        null));
        }
        password = null;
        return null;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
