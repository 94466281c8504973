package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.ordering.ReturnRequests;
import cn.longyuan.market.application.security.Actor;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The photo a buyer attached to a return request ({@code /admin/return-photos/7.jpg}, {@code …/7-thumb.jpg}), for
 * those who decide it: federation staff and the manager of the line's cooperative ({@link ReturnRequests#photo}).
 * Behind the back office's login (web.xml); anyone else — another cooperative's manager, a broker — gets 404, as for
 * a request that does not exist. Always the re-encoded JPEG, never the uploaded bytes.
 */
@WebServlet("/return-photos/*")
public class ReturnPhotoServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(-thumb)?\\.jpg");

    @Inject
    private ReturnRequests returns;

    @Inject
    private Instance<Actor> actor;

    /** The addresses the pages use, relative to the back office's root. */
    public static String url(long requestId) {
        return "/return-photos/" + requestId + ".jpg";
    }

    public static String thumbnailUrl(long requestId) {
        return "/return-photos/" + requestId + "-thumb.jpg";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<byte[]> bytes = Optional.empty();
        if (m.matches() && request.getUserPrincipal() != null) {
            bytes = returns.photo(actor.get(), Long.parseLong(m.group(1)), m.group(2) != null);
        }
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getOutputStream().write(bytes.get());
    }
}
