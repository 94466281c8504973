package cn.longyuan.market.shop.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.catalog.CatalogProfiles;
import cn.longyuan.market.web.http.PublicAddress;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SiteFilesServletTest {

    private final SiteFilesServlet files =
            new SiteFilesServlet(new PublicAddress(Optional.of("https://shop.example.cn/")));

    @Test
    void theSitemapNamesEveryListedPageAbsolutely() {
        String xml = files.sitemap(new CatalogProfiles.ListedPages(List.of(3L, 9L), List.of(1L), List.of("sachet")));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), xml);
        for (String loc : List.of(
                "https://shop.example.cn/",
                "https://shop.example.cn/search",
                "https://shop.example.cn/crafts/sachet",
                "https://shop.example.cn/cooperatives/1",
                "https://shop.example.cn/products/3",
                "https://shop.example.cn/products/9")) {
            assertTrue(xml.contains("<loc>" + loc + "</loc>"), loc + " in " + xml);
        }
        assertFalse(xml.contains("/products/4"), xml);
        assertEquals("a&amp;b&lt;c", SiteFilesServlet.xmlText("a&b<c"));
    }

    @Test
    void robotsOpenTheCatalogueAndCloseWhatIsPrivate() {
        String robots = files.robots();
        assertTrue(robots.startsWith("User-agent: *\nAllow: /\n"), robots);
        for (String closed : List.of("/cart", "/checkout", "/account/", "/admin/", "/api/")) {
            assertTrue(robots.contains("\nDisallow: " + closed + "\n"), closed);
        }
        assertFalse(robots.contains("Disallow: /products"), robots);
        assertTrue(robots.endsWith("Sitemap: https://shop.example.cn/sitemap.xml\n"), robots);
    }

    @Test
    void theIconFileHoldsA32PixelPng() throws Exception {
        byte[] ico = SiteFilesServlet.ico(32);
        assertEquals(0, ico[0]);
        assertEquals(1, ico[2]);
        assertEquals(1, ico[4]);
        assertEquals(32, ico[6]);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(ico, 22, ico.length)));
        assertEquals(32, png.getWidth());
        assertEquals(0xb3261e, png.getRGB(2, 16) & 0xffffff, "the brand's red at the edge");
        assertEquals(0xffffff, png.getRGB(16, 16) & 0xffffff, "the white centre");
    }
}
