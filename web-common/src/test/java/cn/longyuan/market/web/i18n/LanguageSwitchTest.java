package cn.longyuan.market.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

    @Test
    void theLanguageLeavesTheQueryAndEverythingElseStays() {
        assertEquals("", LanguageSwitch.withoutLanguage(null));
        assertEquals("", LanguageSwitch.withoutLanguage("setlang=en"));
        assertEquals("id=7", LanguageSwitch.withoutLanguage("id=7&setlang=en"));
        assertEquals("id=7", LanguageSwitch.withoutLanguage("lang=zh&id=7&setlang=en"));
        assertEquals(
                "q=%E9%A6%99%E5%8C%85&sort=price-asc",
                LanguageSwitch.withoutLanguage("q=%E9%A6%99%E5%8C%85&setlang=zh&sort=price-asc&setlang"));
        assertEquals("language=x&langs=y", LanguageSwitch.withoutLanguage("language=x&langs=y"));
    }
}
