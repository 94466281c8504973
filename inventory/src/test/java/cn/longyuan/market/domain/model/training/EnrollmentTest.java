package cn.longyuan.market.domain.model.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.domain.model.shared.BilingualText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

    private static final LocalDate STARTS = LocalDate.of(2026, 3, 1);
    private static final LocalDate ENDS = LocalDate.of(2026, 3, 10);

    private final TrainingCourse intermediateCourse = new TrainingCourse(
            null,
            new BilingualText("庆阳香包中级班", "Qingyang sachet, intermediate"),
            SkillLevel.INTERMEDIATE,
            40,
            "张老师",
            "宁远堡镇文化站",
            STARTS,
            ENDS,
            30,
            null);
    private final Enrollment enrollment = new Enrollment(intermediateCourse, null, LocalDate.of(2026, 2, 20));

    @Test
    void aNewEnrollmentIsNeitherCompletedNorCertified() {
        assertEquals(Enrollment.Status.ENROLLED, enrollment.status());
        assertFalse(enrollment.isCompleted());
        assertNull(enrollment.levelAchieved());
        assertNull(enrollment.completedOn());
    }

    @Test
    void completingCertifiesALevelOnADate() {
        enrollment.complete(ENDS, SkillLevel.INTERMEDIATE);

        assertTrue(enrollment.isCompleted());
        assertEquals(ENDS, enrollment.completedOn());
        assertEquals(SkillLevel.INTERMEDIATE, enrollment.levelAchieved());
    }

    @Test
    void aCourseMayCertifyALowerLevelThanItTeaches() {
        enrollment.complete(ENDS, SkillLevel.BASIC);

        assertEquals(SkillLevel.BASIC, enrollment.levelAchieved());
    }

    @Test
    void aCourseCannotCertifyAboveItsOwnLevel() {
        assertThrows(IllegalArgumentException.class, () -> enrollment.complete(ENDS, SkillLevel.ADVANCED));
        assertFalse(enrollment.isCompleted());
    }

    @Test
    void aCourseCanBeCompletedOnTheDayItStartsButNotBefore() {
        assertThrows(IllegalArgumentException.class, () -> enrollment.complete(STARTS.minusDays(1), SkillLevel.BASIC));
        assertFalse(enrollment.isCompleted());

        enrollment.complete(STARTS, SkillLevel.BASIC);
        assertTrue(enrollment.isCompleted());
    }

    @Test
    void aCourseIsCompletedOnlyOnce() {
        enrollment.complete(ENDS, SkillLevel.BASIC);

        assertThrows(IllegalStateException.class, () -> enrollment.complete(ENDS, SkillLevel.INTERMEDIATE));
        assertEquals(SkillLevel.BASIC, enrollment.levelAchieved());
    }

    @Test
    void anEnrolledArtisanMayDropButThenCannotComplete() {
        enrollment.drop();

        assertEquals(Enrollment.Status.DROPPED, enrollment.status());
        assertThrows(IllegalStateException.class, () -> enrollment.complete(ENDS, SkillLevel.BASIC));
        assertFalse(enrollment.isCompleted());
        assertNull(enrollment.levelAchieved());
    }

    @Test
    void aCompletedCourseCannotBeDropped() {
        enrollment.complete(ENDS, SkillLevel.INTERMEDIATE);

        assertThrows(IllegalStateException.class, enrollment::drop);
        assertEquals(Enrollment.Status.COMPLETED, enrollment.status());
    }

    @Test
    void skillLevelsRankFromBasicToAdvanced() {
        assertTrue(SkillLevel.ADVANCED.isAtLeast(SkillLevel.INTERMEDIATE));
        assertTrue(SkillLevel.INTERMEDIATE.isAtLeast(SkillLevel.INTERMEDIATE));
        assertFalse(SkillLevel.BASIC.isAtLeast(SkillLevel.INTERMEDIATE));
    }
}
