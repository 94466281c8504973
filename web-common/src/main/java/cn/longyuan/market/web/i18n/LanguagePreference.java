package cn.longyuan.market.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages for this visitor: her own choice (kept in the session and, so that it is
 * remembered next time, in a cookie), else her browser's Accept-Language, else Chinese.
 * <p>
 * Usage: {@code <f:view locale="#{languagePreference.locale}">} and a link that calls
 * {@code #{languagePreference.switchTo('en')}}.
 */
@Named
@SessionScoped
public class LanguagePreference implements Serializable {

    static final String COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private SupportedLanguage chosen;

    public Locale getLocale() {
        return current().locale();
    }

    public String getLanguage() {
        return current().code();
    }

    public SupportedLanguage current() {
        if (chosen != null) {
            return chosen;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Object cookie = context.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof jakarta.servlet.http.Cookie c && SupportedLanguage.fromTag(c.getValue()) != null) {
            return SupportedLanguage.fromTag(c.getValue());
        }
        return SupportedLanguage.choose(context.getRequestParameterMap().get("lang"),
                context.getRequestHeaderMap().get("Accept-Language"));
    }

    /** Switches the pages to the given language and remembers it in a cookie for a year. */
    public void switchTo(String code) {
        SupportedLanguage language = SupportedLanguage.fromTag(code);
        if (language == null) {
            return;
        }
        chosen = language;
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        String path = context.getRequestContextPath().isEmpty() ? "/" : context.getRequestContextPath();
        context.addResponseCookie(COOKIE, language.code(), Map.of("maxAge", ONE_YEAR, "path", path,
                "httpOnly", true, "SameSite", "Lax"));
        if (faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(language.locale());
        }
    }
}
