package cn.longyuan.market.admin.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The services' usual English words about a field, said from the back office's real bundles. */
class ViolationWordsTest {

    private static BiFunction<String, Object[], String> bundle(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "cn.longyuan.market.admin.i18n.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return (key, args) -> {
            try {
                return new MessageFormat(bundle.getString(key), locale).format(args);
            } catch (MissingResourceException e) {
                return null;
            }
        };
    }

    @Test
    void theUsualWordsAreSaidInThePagesLanguage() {
        var zh = bundle(Locale.SIMPLIFIED_CHINESE);
        var en = bundle(Locale.ENGLISH);
        assertEquals("请填写此项。", ViolationWords.of("required", zh));
        assertEquals("Please fill this in.", ViolationWords.of("required", en));
        assertEquals("最多 200 个字。", ViolationWords.of("at most 200 characters", zh));
        assertEquals("请填写 1 到 2000 之间的数。", ViolationWords.of("from 1 to 2000", zh));
        assertEquals("至少 -3。", ViolationWords.of("at least -3", zh));
        assertEquals("At most 4.", ViolationWords.of("at most 4", en));
    }

    @Test
    void otherWordsStayTheServicesOwn() {
        var zh = bundle(Locale.SIMPLIFIED_CHINESE);
        assertEquals("one of the crafts' codes", ViolationWords.of("one of the crafts' codes", zh));
        assertNull(ViolationWords.of(null, zh));
        // a bundle without the key leaves the words as they were
        assertEquals("required", ViolationWords.of("required", (key, args) -> null));
    }
}
