package cn.longyuan.market.shop.interfaces.web;

import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Servlets;

import java.io.IOException;

/**
 * The header's 中文 / English switch. The choice is kept by {@link LanguagePreference} (session and cookie);
 * the page is then asked for again with the same address, so that a reload shows the new language and no
 * form is posted twice. The header form posts to the address of the page (OmniFaces {@code o:form
 * useRequestURI}), which keeps its query string ({@code ?id=}) and path ({@code /trace/…}).
 */
@Named
@RequestScoped
public class LanguageSwitch {

    @Inject
    private LanguagePreference preference;

    public void to(String code) throws IOException {
        preference.switchTo(code);
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.redirect(Servlets.getRequestURIWithQueryString((jakarta.servlet.http.HttpServletRequest) context.getRequest()));
    }
}
