package cn.longyuan.market.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.omnifaces.util.Servlets;

/**
 * The header's 中文 / English switch: plain links to the page's own address with {@code ?setlang=en} added
 * ({@code #{languageSwitch.to('en')}}), which {@link LanguageSwitchFilter} turns into the {@code lang} cookie and a
 * redirect back to the address without it. (A plain {@code ?lang=en} stays what it was: this answer in English,
 * nothing remembered.) A link, not a form: a form's postback would need the page's view state,
 * and saving that would give every visitor a session. The address is the one in the browser's bar, also when the
 * page was forwarded to ({@code /products/7}, {@code /trace/CODE}).
 */
@Named
@RequestScoped
public class LanguageSwitch {

    static final String PARAMETER = "setlang";
    private static final String ONE_ANSWER = "lang";

    /** This page's address asking for the given language. */
    public String to(String code) {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String rest = withoutLanguage(Servlets.getRequestQueryString(request));
        return Servlets.getRequestURI(request) + "?" + (rest.isEmpty() ? "" : rest + "&") + PARAMETER + "=" + code;
    }

    /** The query string without its {@code setlang} and {@code lang} parameters; empty when nothing else is left. */
    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !isNamed(part, PARAMETER) && !isNamed(part, ONE_ANSWER))
                .collect(Collectors.joining("&"));
    }

    private static boolean isNamed(String part, String name) {
        return part.equals(name) || part.startsWith(name + "=");
    }
}
