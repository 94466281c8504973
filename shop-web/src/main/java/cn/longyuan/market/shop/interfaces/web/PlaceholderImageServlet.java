package cn.longyuan.market.shop.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Draws the placeholder picture of a demo product ({@code /images/products/7.svg}) until cooperatives
 * upload real photos: a coloured card with an embroidery-like border, different for every number, so that
 * the product grid looks like a shop and not like a list of broken images.
 */
@WebServlet("/images/products/*")
public class PlaceholderImageServlet extends HttpServlet {

    private static final String[] MOTIFS = {"福", "巧", "绣", "花", "喜", "春"};

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,6}\\.svg")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int n = Integer.parseInt(path.substring(1, path.length() - 4));
        int hue = (n * 47) % 360;
        String motif = MOTIFS[n % MOTIFS.length];
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" role="img" aria-label="%s">
                  <rect width="400" height="400" fill="hsl(%d,55%%,42%%)"/>
                  <rect x="18" y="18" width="364" height="364" fill="none" stroke="hsl(%d,80%%,85%%)" stroke-width="6" stroke-dasharray="14 8"/>
                  <circle cx="200" cy="200" r="120" fill="hsl(%d,70%%,92%%)" opacity="0.95"/>
                  <circle cx="200" cy="200" r="104" fill="none" stroke="hsl(%d,55%%,42%%)" stroke-width="4" stroke-dasharray="6 6"/>
                  <text x="200" y="236" font-size="110" text-anchor="middle" fill="hsl(%d,60%%,35%%)"
                        font-family="Noto Serif CJK SC, Noto Sans CJK SC, serif">%s</text>
                </svg>
                """.formatted(motif, hue, (hue + 40) % 360, (hue + 20) % 360, hue, hue, motif);
        response.setContentType("image/svg+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getOutputStream().write(svg.getBytes(StandardCharsets.UTF_8));
    }
}
