package cn.longyuan.market.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChineseIdNumberTest {

    @Test
    void theStandardsExampleWithItsXCheckCharacterIsValidInEitherCase() {
        assertTrue(ChineseIdNumber.isValid("11010519491231002X"));
        assertTrue(ChineseIdNumber.isValid(" 11010519491231002x "));
        assertEquals("11010519491231002X", ChineseIdNumber.normalise("11010519491231002x"));
    }

    @Test
    void aWrongCheckCharacterAWrongLengthOrAnImpossibleBirthDateIsRefused() {
        assertTrue(ChineseIdNumber.isValid("620302199003151230"));
        assertFalse(ChineseIdNumber.isValid("620302199003151231"));
        assertFalse(ChineseIdNumber.isValid("62030219900315123"));
        assertFalse(ChineseIdNumber.isValid("6203021990031512300"));
        // 1990-02-30 does not exist; check character computed so that only the date is wrong
        String feb30 = "62030219900230123";
        assertFalse(ChineseIdNumber.isValid(feb30 + ChineseIdNumber.checkCharacter(feb30)));
        assertFalse(ChineseIdNumber.isValid(null));
    }

    @Test
    void mobileAndLandlineNumbersPassAndOthersDoNot() {
        assertTrue(PhoneNumbers.isValid("13900000105"));
        assertTrue(PhoneNumbers.isValid("+86 139 0000 0105"));
        assertTrue(PhoneNumbers.isValid("0935-8221234"));
        assertFalse(PhoneNumbers.isValid("12900000105"));
        assertFalse(PhoneNumbers.isValid("1390000010"));
        assertFalse(PhoneNumbers.isValid("call me"));
    }
}
