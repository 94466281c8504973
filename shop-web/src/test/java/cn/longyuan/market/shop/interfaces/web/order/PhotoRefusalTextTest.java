package cn.longyuan.market.shop.interfaces.web.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.shared.PhotoCheck;
import cn.longyuan.market.application.shared.RequestRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The order page says each refusal of the photo check in the buyer's language: every message the real check gives
 * for a bad file is read as its own text, present in both bundles.
 */
class PhotoRefusalTextTest {

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PhotoRefusalTextTest.class.getResourceAsStream(
                "/cn/longyuan/market/shop/i18n/messages_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String refusalOf(byte[] upload) {
        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> PhotoCheck.check(upload));
        assertEquals(PhotoCheck.FIELD, e.violations().get(0).field());
        return e.violations().get(0).message();
    }

    @Test
    void eachRefusalOfTheCheckHasItsOwnTextInChineseAndEnglish() throws IOException {
        byte[] tooLarge = new byte[PhotoCheck.MAX_BYTES + 1];
        tooLarge[0] = (byte) 0xFF;
        byte[] pngHeader = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("empty", new byte[0]);
        bad.put("tooLarge", tooLarge);
        bad.put("svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        bad.put("type", "GIF89a not a photo".getBytes(StandardCharsets.US_ASCII));
        bad.put("unreadable", pngHeader);
        Set<String> keys = new HashSet<>();
        for (Map.Entry<String, byte[]> entry : bad.entrySet()) {
            String key = ReturnFormErrors.photoRefusalKey(refusalOf(entry.getValue()));
            keys.add(key);
            for (String lang : List.of("zh", "en")) {
                assertTrue(bundle(lang).containsKey(key), lang + " has " + key + " for " + entry.getKey());
            }
        }
        assertEquals(bad.size(), keys.size(), "each refusal is said in its own words: " + keys);
        assertEquals(
                "return.violation.photo.dimensions",
                ReturnFormErrors.photoRefusalKey("a photo is at most 6000 × 6000 pixels; this one is 20000 × 20000"));
    }
}
