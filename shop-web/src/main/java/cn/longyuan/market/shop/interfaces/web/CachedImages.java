package cn.longyuan.market.shop.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * How the shop answers for an image: an ETag (a hash of the bytes), {@code 304 Not Modified} when the browser
 * already has those bytes, and a cache lifetime by the kind of address. A versioned address — one with {@code ?v=}
 * that changes whenever the picture does — may be kept for a year without asking again ({@code immutable}); a bare
 * address is kept an hour and then revalidated with the ETag.
 * <pre>{@code
 * <img src="#{request.contextPath}#{cachedImages.versioned(card.imageUrl)}"/>   →  /images/products/7.svg?v=2
 * }</pre>
 */
public final class CachedImages {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "public, max-age=3600";

    private CachedImages() {}

    /** The address with the version of what it shows; addresses of other sites or already versioned pass as they are. */
    public static String versioned(String url) {
        if (url == null || !url.startsWith("/images/products/") || url.contains("?")) {
            return url;
        }
        return url + "?v=" + PlaceholderImageServlet.DRAWING_VERSION;
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String contentType, byte[] body)
            throws IOException {
        String etag = "\"" + hash(body) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", request.getParameter("v") != null ? IMMUTABLE : REVALIDATE);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals(etag) || t.equals("*"));
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
