package cn.longyuan.market.web.i18n;

import cn.longyuan.market.web.http.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
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
 * <p>
 * Shared by both wars (the shop's header and the back office's): each registers it in its {@code web.xml} for
 * {@code /*}, dispatchers REQUEST and FORWARD. In the back office the cookie is the same one (path {@code /}), so a
 * choice made in the shop holds there too, and the other way round.
 */
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
