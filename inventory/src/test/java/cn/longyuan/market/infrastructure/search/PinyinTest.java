package cn.longyuan.market.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void aCharacterHasEveryReadingWithoutTones() {
        assertEquals(List.of("xiang"), Pinyin.readings('香'));
        assertTrue(
                Pinyin.readings('行').containsAll(List.of("xing", "hang")),
                Pinyin.readings('行').toString());
        assertTrue(Pinyin.readings('绿').contains("lv"), "ü is typed v: " + Pinyin.readings('绿'));
        assertEquals(List.of(), Pinyin.readings('a'));
    }

    @Test
    void lettersAreCutIntoWholeSyllablesOfTwoOrMore() {
        assertEquals(List.of(List.of("xiang", "bao")), Pinyin.cuts("xiangbao").subList(0, 1));
        assertTrue(Pinyin.cuts("JianZhi").contains(List.of("jian", "zhi")));
        assertTrue(Pinyin.cuts("xian").contains(List.of("xi", "an")), "as one syllable it is no cut");
        assertFalse(Pinyin.cuts("xian").contains(List.of("xian")));
        assertEquals(List.of(), Pinyin.cuts("tiger"));
        assertEquals(List.of(), Pinyin.cuts("香包"));
        assertEquals(List.of(), Pinyin.cuts("x"));
    }

    @Test
    void anyTypedWordIsCutQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertTrue(Pinyin.cuts("nanananananananananananananananananananq").isEmpty());
            assertTrue(Pinyin.cuts("xianxianxianxianxianxianxianxianxianxian").size() <= Pinyin.MOST_CUTS);
        });
    }

    @Test
    void initialsAreLettersThatBeginSyllables() {
        assertTrue(Pinyin.initials("xb"));
        assertTrue(Pinyin.initials("dwxb"));
        assertFalse(Pinyin.initials("embroidery"), "no syllable begins with i");
        assertFalse(Pinyin.initials("x"));
    }
}
