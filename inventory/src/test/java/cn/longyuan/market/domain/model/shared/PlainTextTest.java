package cn.longyuan.market.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void chineseTextEmojiTabsAndLineBreaksAreAcceptable() {
        assertTrue(PlainText.isAcceptable("王秀兰\t甘肃省金昌市\r\n二楼 🧧"));
        assertTrue(PlainText.isAcceptable(null));
        assertNull(PlainText.whyForbidden("布老虎"));
    }

    @Test
    void controlCharactersLoneSurrogatesAndNonCharactersAreNot() {
        assertEquals(1, PlainText.firstForbidden("A\u0000B"));
        assertEquals(0, PlainText.firstForbidden("\u001b[31m"));
        assertEquals(2, PlainText.firstForbidden("ab\u007f"));
        assertEquals(0, PlainText.firstForbidden("\u0085"));
        assertEquals(1, PlainText.firstForbidden("x\ud800y"));
        assertEquals(0, PlainText.firstForbidden("\udc00"));
        assertEquals(3, PlainText.firstForbidden("abc\ud83e"));
        assertEquals(0, PlainText.firstForbidden("\uffff"));
        assertEquals(
                "contains a character that cannot be stored (U+0000 at position 2)",
                PlainText.whyForbidden("A\u0000B"));
    }

    @Test
    void aTextOfZeroWidthSpacesFillersOrMarksAloneHasNothingToSee() {
        assertFalse(PlainText.hasVisibleCharacter("\u200b\u200c\u200d\u2060\ufeff"));
        assertFalse(PlainText.hasVisibleCharacter("\u3164\u115f"));
        assertFalse(PlainText.hasVisibleCharacter(" \u3000\u00a0 "));
        assertFalse(PlainText.hasVisibleCharacter("\u0301\u0301"));
        assertFalse(PlainText.hasVisibleCharacter(null));
        assertTrue(PlainText.hasVisibleCharacter("\u200b王\u200b"));
        assertTrue(PlainText.hasVisibleCharacter("e\u0301"));
    }
}
