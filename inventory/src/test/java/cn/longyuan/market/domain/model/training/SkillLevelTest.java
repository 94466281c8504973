package cn.longyuan.market.domain.model.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillLevelTest {

    @Test
    void aCourseCertifiesAtItsOwnLevelAndBelowOnly() {
        assertTrue(SkillLevel.INTERMEDIATE.certifies(SkillLevel.BASIC));
        assertTrue(SkillLevel.INTERMEDIATE.certifies(SkillLevel.INTERMEDIATE));
        assertFalse(SkillLevel.INTERMEDIATE.certifies(SkillLevel.ADVANCED));
        assertFalse(SkillLevel.BASIC.certifies(SkillLevel.INTERMEDIATE));
    }

    @Test
    void theCertifiableLevelsAreTheCoursesOwnAndThoseBelowLowestFirst() {
        assertEquals(List.of(SkillLevel.BASIC), SkillLevel.BASIC.certifiable());
        assertEquals(List.of(SkillLevel.BASIC, SkillLevel.INTERMEDIATE), SkillLevel.INTERMEDIATE.certifiable());
        assertEquals(
                List.of(SkillLevel.BASIC, SkillLevel.INTERMEDIATE, SkillLevel.ADVANCED),
                SkillLevel.ADVANCED.certifiable());
    }
}
