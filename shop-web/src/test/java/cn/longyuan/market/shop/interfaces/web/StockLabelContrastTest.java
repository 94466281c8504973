package cn.longyuan.market.shop.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The stock labels are small text, so WCAG AA asks 4.5:1 against what they stand on: the cards' white and the
 * page's paper. Computed from the shop's own style sheet, with WCAG 2's relative luminance.
 */
class StockLabelContrastTest {

    private static final Path CSS = Path.of("src/main/webapp/resources/shop/shop.css");

    private static String colour(String css, String variable) {
        Matcher m = Pattern.compile("--" + variable + ":\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b")
                .matcher(css);
        assertTrue(m.find(), "--" + variable + " in shop.css");
        String hex = m.group(1);
        return "#" + (hex.length() == 6 ? hex : hex.replaceAll("(.)", "$1$1"));
    }

    static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theFormulaIsWcags() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 0.01);
        assertEquals(4.24, contrast("#b26a00", "#ffffff"), 0.01, "the orange the labels had");
    }

    @Test
    void everyStockLabelColourIsReadableOnCardsAndPaper() throws Exception {
        String css = Files.readString(CSS);
        String card = colour(css, "card");
        String paper = colour(css, "paper");
        for (String label : new String[] {"warn", "ok", "muted"}) {
            String colour = colour(css, label);
            assertTrue(
                    contrast(colour, card) >= 4.5,
                    "--" + label + " " + colour + " on " + card + ": " + contrast(colour, card));
            assertTrue(
                    contrast(colour, paper) >= 4.5,
                    "--" + label + " " + colour + " on " + paper + ": " + contrast(colour, paper));
        }
    }
}
