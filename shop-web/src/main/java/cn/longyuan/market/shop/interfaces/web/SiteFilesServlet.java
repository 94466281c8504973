package cn.longyuan.market.shop.interfaces.web;

import cn.longyuan.market.application.catalog.CatalogProfiles;
import cn.longyuan.market.web.http.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The files a site is asked for by name, all without a session: {@code /sitemap.xml} (every page of the catalogue
 * that is public and on sale, under {@code PUBLIC_BASE_URL}; kept per catalogue generation by the anonymous answer
 * cache like the catalogue pages), {@code /robots.txt} (the catalogue open, a buyer's own pages, the back office and
 * the APIs closed, the sitemap named) and the icon: {@code /favicon.svg}, which every page links, and
 * {@code /favicon.ico}, which browsers and crawlers ask for anyway.
 */
@WebServlet({SiteFilesServlet.SITEMAP, SiteFilesServlet.ROBOTS, SiteFilesServlet.ICON_SVG, SiteFilesServlet.ICON_ICO})
public class SiteFilesServlet extends HttpServlet {

    static final String SITEMAP = "/sitemap.xml";
    static final String ROBOTS = "/robots.txt";
    static final String ICON_SVG = "/favicon.svg";
    static final String ICON_ICO = "/favicon.ico";

    /** The catalogue's pages that are no product, craft or cooperative. */
    static final List<String> STATIC_PAGES = List.of("/", "/search", "/impact", "/trace");

    /** What a crawler has no business in: a buyer's own pages and forms, the back office, the APIs. */
    static final List<String> CLOSED = List.of(
            "/cart",
            "/checkout",
            "/confirmation",
            "/order",
            "/account/",
            "/login",
            "/register",
            "/forgot-password",
            "/reset-password",
            "/request",
            "/admin/",
            "/api/");

    static final String ICON = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
              <rect width="32" height="32" rx="6" fill="#b3261e"/>
              <path d="M16 5 27 16 16 27 5 16Z" fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round"/>
              <circle cx="16" cy="16" r="3.5" fill="#fff"/>
            </svg>
            """;

    @Inject
    private CatalogProfiles catalog;

    @Inject
    private PublicAddress publicAddress;

    public SiteFilesServlet() {
        // for the container, which injects the fields
    }

    SiteFilesServlet(PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
    }

    /** Drawn once, when first asked for. */
    private static final class Icon {
        static final byte[] ICO = ico(32);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case SITEMAP -> text(response, "application/xml;charset=UTF-8", sitemap(catalog.listedPages()));
            case ROBOTS ->
                CachedImages.send(
                        request, response, "text/plain;charset=UTF-8", robots().getBytes(StandardCharsets.UTF_8));
            case ICON_SVG ->
                CachedImages.send(
                        request, response, "image/svg+xml;charset=UTF-8", ICON.getBytes(StandardCharsets.UTF_8));
            case ICON_ICO -> CachedImages.send(request, response, "image/x-icon", Icon.ICO);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void text(HttpServletResponse response, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    String sitemap(CatalogProfiles.ListedPages listed) {
        List<String> paths = new ArrayList<>(STATIC_PAGES);
        listed.craftCodes().forEach(code -> paths.add("/crafts/" + code));
        listed.cooperativeIds().forEach(id -> paths.add("/cooperatives/" + id));
        listed.productIds().forEach(id -> paths.add(ProductAddressFilter.of(id)));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths) {
            xml.append("  <url><loc>")
                    .append(xmlText(publicAddress.absolute(path)))
                    .append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    String robots() {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        CLOSED.forEach(path -> robots.append("Disallow: ").append(path).append('\n'));
        return robots.append("\nSitemap: ")
                .append(publicAddress.absolute(SITEMAP))
                .append('\n')
                .toString();
    }

    static String xmlText(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    /** The icon drawn as {@link #ICON} is, as a PNG inside an ICO file (which every browser reads since Vista's). */
    static byte[] ico(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(size / 32.0, size / 32.0);
            g.setColor(new Color(0xb3261e));
            g.fill(new RoundRectangle2D.Double(0, 0, 32, 32, 12, 12));
            g.setColor(Color.WHITE);
            Path2D diamond = new Path2D.Double();
            diamond.moveTo(16, 5);
            diamond.lineTo(27, 16);
            diamond.lineTo(16, 27);
            diamond.lineTo(5, 16);
            diamond.closePath();
            g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(diamond);
            g.fill(new Ellipse2D.Double(12.5, 12.5, 7, 7));
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            byte[] pngBytes = png.toByteArray();
            ByteBuffer ico = ByteBuffer.allocate(22 + pngBytes.length).order(ByteOrder.LITTLE_ENDIAN);
            ico.putShort((short) 0).putShort((short) 1).putShort((short) 1); // an icon file of one image
            ico.put((byte) size).put((byte) size).put((byte) 0).put((byte) 0); // width, height, no palette
            ico.putShort((short) 1)
                    .putShort((short) 32)
                    .putInt(pngBytes.length)
                    .putInt(22); // planes, bits, size, offset
            ico.put(pngBytes);
            return ico.array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
