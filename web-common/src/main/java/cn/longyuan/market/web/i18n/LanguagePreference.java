package cn.longyuan.market.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of the pages for this visitor: her own choice (the {@code lang} cookie the shop's language switch
 * sets, see {@link #cookie}), else an explicit {@code ?lang=}, else her browser's Accept-Language, else Chinese.
 * <p>
 * Per request, read from the request alone: a session just to remember a language would give every visitor a
 * session, and the cookie remembers it longer anyway.
 * <p>
 * Usage: {@code <f:view locale="#{languagePreference.locale}">}.
 */
@Named
@RequestScoped
public class LanguagePreference {

    public static final String COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private SupportedLanguage current;

    public Locale getLocale() {
        return current().locale();
    }

    public String getLanguage() {
        return current().code();
    }

    public SupportedLanguage current() {
        if (current == null) {
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            current = of((HttpServletRequest) context.getRequest());
        }
        return current;
    }

    /** The page language of a request, by the rule above; also for code that runs before Faces (the page cache). */
    public static SupportedLanguage of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                SupportedLanguage chosen =
                        COOKIE.equals(cookie.getName()) ? SupportedLanguage.fromTag(cookie.getValue()) : null;
                if (chosen != null) {
                    return chosen;
                }
            }
        }
        return SupportedLanguage.choose(request.getParameter("lang"), request.getHeader("Accept-Language"));
    }

    /**
     * The cookie that remembers a visitor's choice for a year, for the whole site (path {@code /}: the back office
     * under /admin reads it too); HttpOnly, SameSite=Lax, and Secure when the public address is https.
     */
    public static Cookie cookie(SupportedLanguage language, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
