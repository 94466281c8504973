package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.listing.ListingService;
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
 * Product photos for the back office ({@code /admin/photos/12.jpg}, {@code /admin/photos/12-thumb.jpg}), published
 * or not, for those who may see the product. Always the re-encoded JPEG, never the uploaded bytes.
 */
@WebServlet("/photos/*")
public class ListingPhotoServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(-thumb)?\\.jpg");

    @Inject
    private ListingService listings;

    @Inject
    private Instance<Actor> actor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<byte[]> bytes = Optional.empty();
        if (m.matches() && request.getUserPrincipal() != null) {
            Actor who = actor.get();
            bytes = listings.photoBytes(Long.parseLong(m.group(1)), m.group(2) != null, who);
        }
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(bytes.get());
    }
}
