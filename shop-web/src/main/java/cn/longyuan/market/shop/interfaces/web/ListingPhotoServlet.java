package cn.longyuan.market.shop.interfaces.web;

import cn.longyuan.market.application.listing.ListingService;
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
 * Product photos that cooperatives uploaded ({@code /images/photos/12.jpg}, {@code /images/photos/12-thumb.jpg}),
 * for published products only: a withdrawn product's photos are not served. Always the re-encoded JPEG made when
 * the photo was checked, never the bytes that were uploaded.
 */
@WebServlet("/images/photos/*")
public class ListingPhotoServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(-thumb)?\\.jpg");

    @Inject
    private ListingService listings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<byte[]> bytes = m.matches()
                ? listings.photoBytes(Long.parseLong(m.group(1)), m.group(2) != null, null)
                : Optional.empty();
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(bytes.get());
    }
}
