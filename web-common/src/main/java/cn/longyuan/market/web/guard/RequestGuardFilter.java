package cn.longyuan.market.web.guard;

import cn.longyuan.market.domain.model.shared.PlainText;
import cn.longyuan.market.web.api.UnexpectedFailures;
import cn.longyuan.market.web.security.LocalRedirects;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The first thing every request of both wars meets, before anything reads its body:
 * <ul>
 * <li>a body larger than any page or call needs is refused with 413 before it is read (a 50 MB login form
 * otherwise failed deep inside the container with a 500; a 50 MB JSON body was read whole into memory);</li>
 * <li>a body of unknown length (chunked) is read up to the limit for the APIs and refused (411) for page forms,
 * which browsers always send with their length;</li>
 * <li>a query or form parameter holding a control character (NUL, ESC...) is refused with 400 naming the
 * parameter: no page or call stores such text, and PostgreSQL refuses NUL with an error of its own.</li>
 * </ul>
 * It also keeps the site's own redirects as paths ({@link LocalRedirects}).
 * Refusals are JSON under {@code /api/} (the APIs' error body) and a short page elsewhere; under {@code /api/} a
 * failure thrown by a filter behind this one is answered as the APIs answer one ({@link UnexpectedFailures}).
 * <p>
 * Declared in each war's web.xml right after the security headers, so that it runs before the wars' own filters (the
 * shop's readable addresses forward to their pages, and a forward is not filtered again).
 */
public class RequestGuardFilter extends HttpFilter {

    /** JSON bodies and ordinary forms: an order of 50 lines is 3 KB, a Faces postback a few KB. */
    static final long BODY_LIMIT = 1024 * 1024;
    /** Forms with files (product photos of at most 5 MB each, imports): what the admin war's multipart config allows. */
    static final long MULTIPART_LIMIT = 22 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = isApi(request);
        boolean multipart = isMultipart(request);
        long limit = multipart ? MULTIPART_LIMIT : BODY_LIMIT;
        long length = request.getContentLengthLong();
        if (length > limit) {
            Refusals.tooLarge(request, response, api, limit);
            return;
        }
        HttpServletRequest guarded = request;
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            if (!api) {
                Refusals.lengthRequired(request, response);
                return;
            }
            guarded = BufferedBodyRequest.read(request, limit);
            if (guarded == null) {
                Refusals.tooLarge(request, response, true, limit);
                return;
            }
        }
        if (guarded.getCharacterEncoding() == null) {
            // before the first parameter is read: Faces would set it too, but only after this filter read them
            guarded.setCharacterEncoding("UTF-8");
        }
        Map<String, String[]> parameters;
        try {
            parameters = guarded.getParameterMap();
        } catch (IllegalStateException e) {
            // the container's own multipart limits (a part larger than allowed)
            Refusals.tooLarge(request, response, api, limit);
            return;
        }
        String bad = firstBadParameter(parameters);
        if (bad != null) {
            Refusals.badCharacter(request, response, api, bad);
            return;
        }
        if (!api) {
            chain.doFilter(guarded, LocalRedirects.wrap(response));
            return;
        }
        try {
            chain.doFilter(guarded, LocalRedirects.wrap(response));
        } catch (RuntimeException | ServletException failure) {
            // thrown by a filter in front of the resources (their own failures are mapped inside JAX-RS): the
            // API's JSON, not the container's HTML error page
            if (response.isCommitted()) {
                throw failure;
            }
            UnexpectedFailures.Answer answer = UnexpectedFailures.answer(failure);
            response.resetBuffer();
            response.setStatus(answer.status());
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(answer.json());
        }
    }

    /** The name of the first parameter whose name or a value has a character no person types, or null. */
    static String firstBadParameter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!PlainText.isAcceptable(parameter.getKey())) {
                return parameter.getKey();
            }
            for (String value : parameter.getValue()) {
                if (!PlainText.isAcceptable(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
