package cn.longyuan.market.domain.model.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceCodeTest {

    private static final String UNAMBIGUOUS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    @Test
    void aRandomCodeHasTenCharactersOfTheUnambiguousAlphabet() {
        for (int i = 0; i < 200; i++) {
            String code = TraceCode.random().value();
            assertEquals(10, code.length(), code);
            for (char c : code.toCharArray()) {
                assertTrue(UNAMBIGUOUS.indexOf(c) >= 0, () -> "'" + c + "' in " + code);
            }
        }
    }

    @Test
    void theAlphabetLeavesOutTheLookAlikes() {
        for (char lookAlike : "01OIL".toCharArray()) {
            assertEquals(-1, TraceCode.ALPHABET.indexOf(lookAlike), () -> "alphabet contains " + lookAlike);
        }
        assertEquals(31, TraceCode.ALPHABET.length());
    }

    @Test
    void aThousandRandomCodesAreDistinct() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(TraceCode.random().value());
        }
        assertEquals(1000, codes.size());
    }

    @Test
    void randomCodesUseTheWholeAlphabet() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            for (char c : TraceCode.random().value().toCharArray()) {
                seen.add(c);
            }
        }
        assertEquals(31, seen.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7KQ4MX2PRT", "7kq4mx2prt", "7KQ4-MX2P-RT", "7kq4 mx2p rt", " 7KQ4MX2PRT ", "7Kq4-mX2p RT"})
    void aCodeIsReadAsAPersonTypesItFromTheTag(String typed) {
        assertEquals(Optional.of(new TraceCode("7KQ4MX2PRT")), TraceCode.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"7KQ4MX2PR0", "7KQ4MX2PRO", "7KQ4MX2PR1", "7KQ4MX2PRI", "7KQ4MX2PRL", "7kq4mx2prl", "7kq4mx2pro"
            })
    void aCodeWithALookAlikeIsNotACode(String typed) {
        assertEquals(Optional.empty(), TraceCode.parse(typed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "7KQ4MX2PR", "7KQ4MX2PRTA", "7KQ4MX2PR!", "7KQ4MX2PR_T", "7KQ4MX2PRÄ"})
    void aCodeOfTheWrongLengthOrWithOtherCharactersIsNotACode(String typed) {
        assertEquals(Optional.empty(), TraceCode.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7kq4mx2prt", "7KQ4-MX2P-RT", "7KQ4MX2PR", "7KQ4MX2PRO"})
    void aStoredCodeIsExactlyTenCapitalsOfTheAlphabet(String value) {
        assertThrows(IllegalArgumentException.class, () -> new TraceCode(value));
    }
}
