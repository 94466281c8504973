package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.application.security.LoginThrottle;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** What the account-recovery pages share: a message at a field or the form, and the answer to a throttled request. */
final class AccountForms {

    private AccountForms() {}

    static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    static void info(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** 429 with Retry-After, as the login page answers, and the message at the form. */
    static void tooMany(String clientId, LoginThrottle.Wait wait) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseStatus(429);
        external.setResponseHeader("Retry-After", Long.toString(wait.seconds()));
        error(clientId, ShopTexts.text("recovery.tooMany", wait.seconds()));
    }

    static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }
}
