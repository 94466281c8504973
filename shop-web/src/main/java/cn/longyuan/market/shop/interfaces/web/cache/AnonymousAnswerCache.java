package cn.longyuan.market.shop.interfaces.web.cache;

import cn.longyuan.market.application.search.ProductSearch;
import cn.longyuan.market.web.i18n.LanguagePreference;
import cn.longyuan.market.web.i18n.SupportedLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The catalogue as anonymous visitors see it — home, search, craft, product, cooperative, artisan, impact and trace
 * pages, and the public API's search and trace answers — rendered once and then sent as bytes, until the catalogue
 * changes. Before, every request built the whole Faces tree again: a page answered 0.03 of what Payara serves the same
 * bytes at as a file.
 * <p>
 * The key is the address, the page language and the catalogue generation of this instance's search index, which moves
 * within seconds of any change of a listing, a price, a cooperative or the stock in the database (whichever instance
 * made it): so no page is older than that. A visitor with a session (a cart, a login) is never served from here, nor is
 * anything kept that set a cookie, made a session, redirected or failed. Answers carry an ETag (304 when it matches) and
 * are sent gzip-compressed when the client takes it, compressed once when they were kept.
 * <p>
 * The page's scripts keep the CSP nonce they were rendered with, and its policy is sent with it: every answer's scripts
 * and policy still agree, and a page is rendered again (with a fresh nonce) whenever its content could change.
 */
public class AnonymousAnswerCache extends HttpFilter {

    // the search port itself, not CatalogSearch: its transaction interceptor cost a twentieth of each cached answer
    @Inject
    private ProductSearch catalog;

    @Inject
    private AnswerCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isAnonymousRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        long now = System.currentTimeMillis();
        CachedAnswer answer = cache.get(key, now);
        if (answer == null) {
            CapturedResponse captured = new CapturedResponse(response);
            chain.doFilter(request, captured);
            byte[] body = captured.body();
            if (!captured.isKeepable() || request.getSession(false) != null) {
                if (!response.isCommitted() && body.length > 0) {
                    response.getOutputStream().write(body);
                }
                return;
            }
            answer = CachedAnswer.of(captured.getContentType(), captured.contentSecurityPolicy(), body, now);
            cache.put(key, answer);
        }
        send(request, response, answer);
    }

    private static boolean isAnonymousRead(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getSession(false) == null
                && request.getHeader("Authorization") == null
                && request.getParameter("setlang") == null;
    }

    private String key(HttpServletRequest request) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        // the API speaks ?lang= or Accept-Language; the pages also the visitor's cookie
        SupportedLanguage language = api
                ? SupportedLanguage.choose(request.getParameter("lang"), request.getHeader("Accept-Language"))
                : LanguagePreference.of(request);
        String query = request.getQueryString();
        return language.code()
                + ' '
                + catalog.generation()
                + ' '
                + request.getRequestURI()
                + (query == null ? "" : "?" + query);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, CachedAnswer answer)
            throws IOException {
        response.setContentType(answer.contentType());
        if (answer.contentSecurityPolicy() != null) {
            response.setHeader("Content-Security-Policy", answer.contentSecurityPolicy());
        }
        response.setHeader("ETag", answer.etag());
        // kept by the browser, but asked again each time: the ETag makes that a 304
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Encoding, Accept-Language, Cookie");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(answer.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String accepted = request.getHeader("Accept-Encoding");
        boolean gzip = accepted != null && accepted.contains("gzip");
        byte[] bytes = gzip ? answer.gzipped() : answer.body();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }
}
