package cn.longyuan.market.application.members;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.cooperative.Role;
import org.junit.jupiter.api.Test;

/** Who may add a course's sessions ({@link TrainingRecords#keepsSessions}), asked by the service and the page. */
class SessionKeepersTest {

    private static final Actor FEDERATION = new Actor(1, "fed", Role.FEDERATION, null);
    private static final Actor MANAGER_OF_7 = new Actor(2, "mgr7", Role.COOP_MANAGER, 7L);
    private static final Actor BROKER = new Actor(3, "broker", Role.BROKER, null);

    @Test
    void federationStaffKeepEveryCoursesSessions() {
        assertTrue(TrainingRecords.keepsSessions(FEDERATION, null));
        assertTrue(TrainingRecords.keepsSessions(FEDERATION, 7L));
    }

    @Test
    void aManagerKeepsHerOwnCooperativesCoursesOnly() {
        assertTrue(TrainingRecords.keepsSessions(MANAGER_OF_7, 7L));
        assertFalse(TrainingRecords.keepsSessions(MANAGER_OF_7, 8L));
        assertFalse(TrainingRecords.keepsSessions(MANAGER_OF_7, null), "the programme's courses are the federation's");
    }

    @Test
    void aBrokerKeepsNone() {
        assertFalse(TrainingRecords.keepsSessions(BROKER, 7L));
        assertFalse(TrainingRecords.keepsSessions(BROKER, null));
    }
}
