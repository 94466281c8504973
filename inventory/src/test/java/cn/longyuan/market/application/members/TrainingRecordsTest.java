package cn.longyuan.market.application.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.production.ProductionService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.production.ProductionBatch;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.training.Enrollment;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import cn.longyuan.market.domain.model.training.SkillLevel;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrainingRecordsTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 20);

    private static TrainingRecords training(Chain chain, jakarta.persistence.EntityManager em) {
        return new TrainingRecords(em, chain.clock);
    }

    private static TrainingRecords.CourseForm paperCutting(int capacity) {
        return new TrainingRecords.CourseForm(
                "paper-cutting",
                "剪纸入门班",
                "Paper-cutting for beginners",
                SkillLevel.BASIC,
                24,
                "刘老师",
                "宁远堡镇文化站",
                FIRST_DAY,
                FIRST_DAY.plusDays(5),
                capacity,
                80);
    }

    private static long member(Chain chain, String name) {
        return chain.tx(em -> ArtisanRecordsTest.records(chain, em)
                .create(
                        ArtisanRecordsTest.manager(chain),
                        new ArtisanRecords.ArtisanForm(
                                name, false, null, null, null, null, null, false, HouseholdStatus.NOT_RECORDED)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCourseTakesNoMoreArtisansThanItsCapacityAndNobodyTwice(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = ArtisanRecordsTest.manager(chain);
            long course = chain.tx(em -> training(chain, em).createCourse(manager, paperCutting(1)));
            long first = member(chain, "剪纸新手甲");
            long second = member(chain, "剪纸新手乙");

            chain.tx(em -> training(chain, em).enrol(manager, course, first));
            RequestRefusedException twice = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> training(chain, em).enrol(manager, course, first)));
            RequestRefusedException full = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> training(chain, em).enrol(manager, course, second)));

            assertEquals(Reason.INVALID_STATE, twice.reason());
            assertEquals(Reason.INVALID_STATE, full.reason());
            assertTrue(full.getMessage().contains("full"), full.getMessage());
            assertEquals(
                    1,
                    chain.tx(em -> training(chain, em).course(manager, course)).enrolled());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sheIsCertifiedOnlyAfterAttendingTheCoursesShareOfSessionsAndThenMayRecordABatchOfThatCraft(
            TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = ArtisanRecordsTest.manager(chain);
            long course = chain.tx(em -> training(chain, em).createCourse(manager, paperCutting(10)));
            long artisan = member(chain, "剪纸新手甲");
            long enrollment = chain.tx(em -> training(chain, em).enrol(manager, course, artisan));
            ProductionService.RecordBatch batch =
                    new ProductionService.RecordBatch(chain.paperCutId, artisan, 5, LocalDate.of(2026, 11, 28), null);

            RequestRefusedException noSessions = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> {
                        training(chain, em).complete(manager, enrollment, SkillLevel.BASIC, null);
                        return null;
                    }));
            long day1 = chain.tx(em -> training(chain, em).addSession(manager, course, FIRST_DAY, "折剪"));
            long day2 = chain.tx(em -> training(chain, em).addSession(manager, course, FIRST_DAY.plusDays(1), "窗花"));
            chain.tx(em -> {
                training(chain, em).recordAttendance(manager, day1, enrollment, true);
                return null;
            });
            chain.tx(em -> {
                training(chain, em).recordAttendance(manager, day2, enrollment, false);
                return null;
            });
            RequestRefusedException half = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> {
                        training(chain, em).complete(manager, enrollment, SkillLevel.BASIC, null);
                        return null;
                    }));
            RequestRefusedException untrained = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> chain.production(em).record(batch, chain.cooperativeId, "coop-ningyuan")));

            chain.tx(em -> {
                training(chain, em).recordAttendance(manager, day2, enrollment, true);
                return null;
            });
            assertTrue(chain.tx(em -> training(chain, em).roster(manager, course))
                    .get(0)
                    .mayComplete());
            RequestRefusedException tooHigh = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> {
                        training(chain, em).complete(manager, enrollment, SkillLevel.INTERMEDIATE, null);
                        return null;
                    }));
            chain.tx(em -> {
                training(chain, em).complete(manager, enrollment, SkillLevel.BASIC, null);
                return null;
            });
            ProductionBatch recorded =
                    chain.tx(em -> chain.production(em).record(batch, chain.cooperativeId, "coop-ningyuan"));

            assertEquals(Reason.INVALID_STATE, noSessions.reason());
            assertEquals(Reason.INVALID_STATE, half.reason());
            assertTrue(half.getMessage().contains("1 of 2"), half.getMessage());
            assertEquals(Reason.NOT_TRAINED, untrained.reason());
            assertEquals(Reason.VALIDATION, tooHigh.reason());
            assertEquals(5, recorded.quantity());
            Enrollment done = chain.tx(em -> em.find(Enrollment.class, enrollment));
            assertEquals(SkillLevel.BASIC, done.levelAchieved());
            assertEquals(LocalDate.of(2026, 11, 29), done.completedOn());
            TrainingRecords.Certificate certificate =
                    chain.tx(em -> training(chain, em).certificate(manager, enrollment));
            assertEquals(2, certificate.attended());
            assertEquals("剪纸新手甲", certificate.artisanName());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aManagerSeesTheFederationsCoursesAndHerOwnButNotAnotherCooperativesNorItsMembers(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = ArtisanRecordsTest.manager(chain);
            Actor federation = new Actor(1, "federation", Role.FEDERATION, null);
            long otherCoop = chain.tx(em -> {
                Cooperative other = new Cooperative(new BilingualText("双湾镇合作社", "Shuangwan"), "双湾镇", null);
                em.persist(other);
                em.flush();
                return other.id();
            });
            Actor other = new Actor(12, "coop-shuangwan", Role.COOP_MANAGER, otherCoop);
            long own = chain.tx(em -> training(chain, em).createCourse(manager, paperCutting(10)));
            long programme = chain.tx(em -> training(chain, em).createCourse(federation, paperCutting(10)));
            long artisan = member(chain, "剪纸新手甲");

            assertTrue(chain.tx(em -> training(chain, em).courses(manager)).stream()
                    .anyMatch(c -> c.id() == programme));
            assertFalse(
                    chain.tx(em -> training(chain, em).courses(other)).stream().anyMatch(c -> c.id() == own));
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> training(chain, em).course(other, own)))
                            .reason());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> training(chain, em).enrol(other, programme, artisan)))
                            .reason());
            assertEquals(
                    Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(
                                            em -> training(chain, em).addSession(manager, programme, FIRST_DAY, null)))
                            .reason());
            long enrolled = chain.tx(em -> training(chain, em).enrol(manager, programme, artisan));
            assertTrue(
                    chain.tx(em -> training(chain, em).roster(other, programme)).isEmpty(), "her members only");
            assertEquals(
                    enrolled,
                    chain.tx(em -> training(chain, em).roster(federation, programme))
                            .get(0)
                            .enrollmentId());
        }
    }
}
