package cn.longyuan.market.shop.interfaces.web;

import cn.longyuan.market.web.http.PublicAddress;
import cn.longyuan.market.web.i18n.LanguagePreference;
import cn.longyuan.market.web.i18n.SupportedLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Servlets;

/**
 * A page asked for with {@code ?setlang=zh|en} (the header's {@link LanguageSwitch} links): the choice goes into the
 * {@code lang} cookie ({@link LanguagePreference#cookie}) and the browser is sent back to the same address without
 * the parameter, so that the address stays the page's own and a reload keeps the language. No session is involved.
 * The API is left alone. Forwards are filtered too, so that {@code /products/7?setlang=en} comes back to
 * {@code /products/7} whichever filter sees it first.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class LanguageSwitchFilter extends HttpFilter {

    @Inject
    private PublicAddress publicAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean asking = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        SupportedLanguage chosen = asking && !isApi(request)
                ? SupportedLanguage.fromTag(request.getParameter(LanguageSwitch.PARAMETER))
                : null;
        if (chosen == null) {
            chain.doFilter(request, response);
            return;
        }
        response.addCookie(LanguagePreference.cookie(chosen, publicAddress.isHttps()));
        String rest = LanguageSwitch.withoutLanguage(Servlets.getRequestQueryString(request));
        response.sendRedirect(Servlets.getRequestURI(request) + (rest.isEmpty() ? "" : "?" + rest));
    }

    private static boolean isApi(HttpServletRequest request) {
        return Servlets.getRequestURI(request).startsWith(request.getContextPath() + "/api/");
    }
}
