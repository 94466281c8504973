package cn.longyuan.market.shop.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws the placeholder pictures of a demo product until cooperatives upload real photos: {@code
 * /images/products/7.svg} (the main one) and the gallery's other views {@code 7-2.svg}, {@code 7-3.svg} — coloured
 * cards with an embroidery-like border, different for every number and view, so that the grid and the gallery look
 * like a shop and not like a list of broken images. Answers with caching headers ({@link CachedImages}).
 */
@WebServlet("/images/products/*")
public class PlaceholderImageServlet extends HttpServlet {

    /**
     * Part of every picture's {@code ?v=} (see {@link CachedImages#versioned}): raise it when the drawing changes,
     * so that browsers holding the old picture for a year ask for the new address.
     */
    public static final String DRAWING_VERSION = "2";

    private static final Pattern NAME = Pattern.compile("/(\\d{1,6})(?:-([23]))?\\.svg");
    private static final String[] MOTIFS = {"福", "巧", "绣", "花", "喜", "春"};

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Matcher name = path == null ? null : NAME.matcher(path);
        if (name == null || !name.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int n = Integer.parseInt(name.group(1));
        int view = name.group(2) == null ? 1 : Integer.parseInt(name.group(2));
        CachedImages.send(
                request, response, "image/svg+xml;charset=UTF-8", draw(n, view).getBytes(StandardCharsets.UTF_8));
    }

    /** View 1 is the card of old; views 2 and 3 turn the hue and the motif, and show the border closer up. */
    static String draw(int n, int view) {
        int hue = (n * 47 + (view - 1) * 120) % 360;
        String motif = MOTIFS[(n + view - 1) % MOTIFS.length];
        int radius = view == 1 ? 120 : view == 2 ? 150 : 95;
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" role="img" aria-label="%s">
                  <rect width="400" height="400" fill="hsl(%d,55%%,42%%)"/>
                  <rect x="18" y="18" width="364" height="364" fill="none" stroke="hsl(%d,80%%,85%%)" stroke-width="6" stroke-dasharray="14 8"/>
                  <circle cx="200" cy="200" r="%d" fill="hsl(%d,70%%,92%%)" opacity="0.95"/>
                  <circle cx="200" cy="200" r="%d" fill="none" stroke="hsl(%d,55%%,42%%)" stroke-width="4" stroke-dasharray="6 6"/>
                  <text x="200" y="236" font-size="110" text-anchor="middle" fill="hsl(%d,60%%,35%%)"
                        font-family="Noto Serif CJK SC, Noto Sans CJK SC, serif">%s</text>
                </svg>
                """.formatted(motif, hue, (hue + 40) % 360, radius, (hue + 20) % 360, radius - 16, hue, hue, motif);
    }
}
