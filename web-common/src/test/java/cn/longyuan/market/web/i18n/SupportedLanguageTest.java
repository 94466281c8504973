package cn.longyuan.market.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SupportedLanguageTest {

    @Test
    void chineseWhenTheRequestSaysNothingOrSomethingWeDoNotSpeak() {
        assertEquals(SupportedLanguage.ZH, SupportedLanguage.negotiate(null));
        assertEquals(SupportedLanguage.ZH, SupportedLanguage.negotiate(""));
        assertEquals(SupportedLanguage.ZH, SupportedLanguage.negotiate("fr-FR,de;q=0.8"));
        assertEquals(SupportedLanguage.ZH, SupportedLanguage.negotiate("this is ;;; not a header"));
    }

    @Test
    void theBrowsersPreferenceOrderDecides() {
        assertEquals(SupportedLanguage.EN, SupportedLanguage.negotiate("en-US,en;q=0.9"));
        assertEquals(SupportedLanguage.ZH, SupportedLanguage.negotiate("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(SupportedLanguage.EN, SupportedLanguage.negotiate("fr-FR,en;q=0.5,zh;q=0.3"));
        assertEquals(SupportedLanguage.ZH, SupportedLanguage.negotiate("en;q=0,zh-TW"));
    }

    @Test
    void anExplicitChoiceWinsOverTheHeader() {
        assertEquals(SupportedLanguage.EN, SupportedLanguage.choose("en", "zh-CN"));
        assertEquals(SupportedLanguage.ZH, SupportedLanguage.choose("zh", "en-US"));
        assertEquals(SupportedLanguage.EN, SupportedLanguage.choose("klingon", "en-US"));
        assertNull(SupportedLanguage.fromTag("xx"));
    }
}
