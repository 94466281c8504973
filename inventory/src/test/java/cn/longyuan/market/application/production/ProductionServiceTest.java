package cn.longyuan.market.application.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.production.ProductionBatch;
import cn.longyuan.market.domain.model.production.TraceCode;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.stock.MovementKind;
import cn.longyuan.market.domain.model.stock.StockLevel;
import cn.longyuan.market.domain.model.stock.StockMovement;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.Enrollment;
import cn.longyuan.market.domain.model.training.SkillLevel;
import cn.longyuan.market.domain.model.training.TrainingCourse;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProductionServiceTest {

    /** The chain's clock stands at 2026-11-29 10:00 in China. */
    private static final LocalDate TODAY_IN_CHINA = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRecordedBatchPutsItsPiecesIntoStockAtTheMainPlaceUnlessToldOtherwise(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);

            TraceCode atMain = record(
                    chain,
                    new ProductionService.RecordBatch(
                            chain.sachetId, chain.trainedArtisanId, 12, TODAY_IN_CHINA, null));
            TraceCode atShop = record(
                    chain,
                    new ProductionService.RecordBatch(
                            chain.sachetId,
                            chain.trainedArtisanId,
                            3,
                            TODAY_IN_CHINA.minusDays(2),
                            chain.shopLocationId));

            assertEquals(
                    Set.of(
                            new StockLevel(chain.sachetId, chain.mainLocationId, 12, 0),
                            new StockLevel(chain.sachetId, chain.shopLocationId, 3, 0)),
                    Set.copyOf(levelsOf(chain, chain.sachetId)));
            assertNotEquals(atMain, atShop);
            List<Object> stored = chain.tx(em -> {
                ProductionBatch batch = em.createNamedQuery(ProductionBatch.BY_TRACE_CODE, ProductionBatch.class)
                        .setParameter("code", atMain.value())
                        .getSingleResult();
                return List.of(
                        batch.id(),
                        batch.quantity(),
                        batch.madeOn(),
                        batch.artisan().id(),
                        batch.location().id());
            });
            assertEquals(
                    List.of(12, TODAY_IN_CHINA, chain.trainedArtisanId, chain.mainLocationId), stored.subList(1, 5));
            List<StockMovement> ledger = ledger(chain);
            assertEquals(
                    List.of(MovementKind.PRODUCED, MovementKind.PRODUCED),
                    ledger.stream().map(StockMovement::kind).toList());
            assertEquals(stored.get(0), ledger.get(0).batchId());
            assertEquals("coop:ningyuanpu", ledger.get(0).actor());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anArtisanWithoutACompletedTrainingInTheCraftIsRefusedAndNothingChanges(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            // enrolled in the sachet course, not completed
            RequestRefusedException enrolledOnly = assertThrows(
                    RequestRefusedException.class,
                    () -> record(
                            chain,
                            new ProductionService.RecordBatch(
                                    chain.sachetId, chain.untrainedArtisanId, 5, TODAY_IN_CHINA, null)));
            // completed a training, but in another craft
            long paperCutter = chain.tx(em -> {
                Artisan artisan = new Artisan(em.find(Cooperative.class, chain.cooperativeId), "剪纸张嫂");
                em.persist(artisan);
                TrainingCourse course = new TrainingCourse(
                        em.find(Craft.class, "paper-cutting"),
                        new BilingualText("剪纸提高班", "Paper-cutting, further"),
                        SkillLevel.ADVANCED,
                        24,
                        "刘老师",
                        "金川区妇女之家",
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 3),
                        20,
                        null);
                em.persist(course);
                Enrollment done = new Enrollment(course, artisan, LocalDate.of(2026, 4, 20));
                done.complete(LocalDate.of(2026, 5, 3), SkillLevel.ADVANCED);
                em.persist(done);
                em.flush();
                return artisan.id();
            });
            RequestRefusedException otherCraft = assertThrows(
                    RequestRefusedException.class,
                    () -> record(
                            chain,
                            new ProductionService.RecordBatch(chain.sachetId, paperCutter, 5, TODAY_IN_CHINA, null)));

            assertEquals(Reason.NOT_TRAINED, enrolledOnly.reason());
            assertEquals(List.of("artisanId"), fields(enrolledOnly));
            assertEquals(Reason.NOT_TRAINED, otherCraft.reason());
            assertEquals(0, count(chain, "production_batch"));
            assertEquals(0, count(chain, "stock_movement"));
            assertEquals(List.of(), levelsOf(chain, chain.sachetId));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aManagerCannotRecordForAnotherCooperativesProductOrArtisan(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long[] other = chain.tx(em -> {
                Cooperative shuangwan =
                        new Cooperative(new BilingualText("双湾镇绣娘合作社", "Shuangwan Embroiderers"), "双湾镇", null);
                em.persist(shuangwan);
                Artisan zhao = new Artisan(shuangwan, "赵绣娘");
                em.persist(zhao);
                em.flush();
                return new long[] {shuangwan.id(), zhao.id()};
            });
            long shuangwanId = other[0];
            long shuangwanArtisan = other[1];

            RequestRefusedException product = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> chain.production(em)
                            .record(
                                    new ProductionService.RecordBatch(
                                            chain.sachetId, chain.trainedArtisanId, 5, TODAY_IN_CHINA, null),
                                    shuangwanId,
                                    "coop:shuangwan")));
            RequestRefusedException artisan = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> chain.production(em)
                            .record(
                                    new ProductionService.RecordBatch(
                                            chain.sachetId, shuangwanArtisan, 5, TODAY_IN_CHINA, null),
                                    chain.cooperativeId,
                                    "coop:ningyuanpu")));

            assertEquals(Reason.NOT_FOUND, product.reason());
            assertEquals(List.of("productId"), fields(product));
            assertEquals(Reason.NOT_FOUND, artisan.reason());
            assertEquals(List.of("artisanId"), fields(artisan));
            assertEquals(0, count(chain, "production_batch"));
            assertEquals(0, count(chain, "stock_movement"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void federationStaffCannotRecordABatchByAnArtisanOfAnotherCooperativeOrIntoItsPlace(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long[] other = chain.tx(em -> {
                Cooperative shuangwan =
                        new Cooperative(new BilingualText("双湾镇绣娘合作社", "Shuangwan Embroiderers"), "双湾镇", null);
                em.persist(shuangwan);
                Artisan zhao = new Artisan(shuangwan, "赵绣娘");
                em.persist(zhao);
                Location store =
                        new Location(shuangwan, new BilingualText("双湾库房", "Shuangwan store room"), "双湾镇", true);
                em.persist(store);
                em.flush();
                return new long[] {zhao.id(), store.id()};
            });

            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> chain.production(em)
                            .record(
                                    new ProductionService.RecordBatch(
                                            chain.sachetId, other[0], 5, TODAY_IN_CHINA, other[1]),
                                    null,
                                    "staff:federation")));

            assertEquals(Reason.VALIDATION, refused.reason());
            assertEquals(List.of("artisanId", "locationId"), fields(refused));
            assertEquals(0, count(chain, "production_batch"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBatchOfNoPiecesOrMadeInTheFutureIsInvalidAndNamesItsFields(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);

            RequestRefusedException none = assertThrows(
                    RequestRefusedException.class,
                    () -> record(
                            chain,
                            new ProductionService.RecordBatch(
                                    chain.sachetId, chain.trainedArtisanId, 0, TODAY_IN_CHINA, null)));
            RequestRefusedException tooMany = assertThrows(
                    RequestRefusedException.class,
                    () -> record(
                            chain,
                            new ProductionService.RecordBatch(
                                    chain.sachetId,
                                    chain.trainedArtisanId,
                                    ProductionService.MAX_BATCH + 1,
                                    TODAY_IN_CHINA,
                                    null)));
            RequestRefusedException tomorrow = assertThrows(
                    RequestRefusedException.class,
                    () -> record(
                            chain,
                            new ProductionService.RecordBatch(
                                    chain.sachetId, chain.trainedArtisanId, 5, TODAY_IN_CHINA.plusDays(1), null)));
            RequestRefusedException both = assertThrows(
                    RequestRefusedException.class,
                    () -> record(
                            chain,
                            new ProductionService.RecordBatch(chain.sachetId, chain.trainedArtisanId, -1, null, null)));

            assertEquals(Reason.VALIDATION, none.reason());
            assertEquals(List.of("quantity"), fields(none));
            assertEquals(List.of("quantity"), fields(tooMany));
            assertEquals(Reason.VALIDATION, tomorrow.reason());
            assertEquals(List.of("madeOn"), fields(tomorrow));
            assertEquals(List.of("quantity", "madeOn"), fields(both));
            assertEquals(0, count(chain, "production_batch"));
            assertEquals(List.of(), levelsOf(chain, chain.sachetId));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void todayIsTheDateInChinaNotInGreenwich(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.clock.advance(Duration.ofHours(15)); // 2026-11-29T17:00Z is 01:00 on 30 November in China

            record(
                    chain,
                    new ProductionService.RecordBatch(
                            chain.sachetId, chain.trainedArtisanId, 2, TODAY_IN_CHINA.plusDays(1), null));
            RequestRefusedException dayAfter = assertThrows(
                    RequestRefusedException.class,
                    () -> record(
                            chain,
                            new ProductionService.RecordBatch(
                                    chain.sachetId, chain.trainedArtisanId, 2, TODAY_IN_CHINA.plusDays(2), null)));

            assertEquals(List.of("madeOn"), fields(dayAfter));
            assertEquals(1, count(chain, "production_batch"));
        }
    }

    private static TraceCode record(Chain chain, ProductionService.RecordBatch request) {
        return chain.tx(em ->
                chain.production(em).record(request, null, "coop:ningyuanpu").traceCode());
    }

    private static List<StockLevel> levelsOf(Chain chain, long productId) {
        return chain.tx(em -> chain.stock(em).levelsOf(productId));
    }

    private static List<StockMovement> ledger(Chain chain) {
        return chain.tx(em -> em.createQuery("select m from StockMovement m order by m.id", StockMovement.class)
                .getResultList());
    }

    private static long count(Chain chain, String table) {
        return chain.tx(em ->
                ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    private static List<String> fields(RequestRefusedException refused) {
        return refused.violations().stream().map(FieldViolation::field).toList();
    }
}
