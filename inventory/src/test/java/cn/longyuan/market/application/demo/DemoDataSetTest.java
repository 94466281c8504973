package cn.longyuan.market.application.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.ReservationPolicy;
import cn.longyuan.market.application.production.ProductionService;
import cn.longyuan.market.application.stock.StockService;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.production.ProductionBatch;
import cn.longyuan.market.domain.model.stock.StockLevel;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.Enrollment;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import cn.longyuan.market.domain.model.training.TrainingCourse;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoDataSetTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneOffset.UTC);
    /**
     * The app loads the set at its first start, so it must stay quick: about a second on H2 once warm, a few on
     * a cold JVM. The bound is loose so that a busy build machine does not fail the test; it catches a data set
     * grown by an order of magnitude.
     */
    private static final Duration LOAD_BUDGET_ON_H2 = Duration.ofSeconds(10);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyBatchCountsAsAttributedThePiecesItsIncomeEntriesTraceToIt(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            load(db);
            db.run(em -> {
                // the demo records its broker's sales twice (before and after she is on the order): the count must
                // follow
                List<?> rows = em.createNativeQuery(
                                "select b.id, b.attributed, coalesce((select sum(case when e.kind = 'SALE' "
                                        + "then e.quantity when e.restocked then -e.quantity else 0 end) from income_entry e where e.batch_id = b.id), 0) "
                                        + "from production_batch b")
                        .getResultList();
                assertTrue(
                        rows.stream().anyMatch(r -> ((Number) ((Object[]) r)[1]).intValue() > 0),
                        "some batch has sold pieces");
                for (Object row : rows) {
                    Object[] r = (Object[]) row;
                    assertEquals(
                            ((Number) r[2]).intValue(),
                            ((Number) r[1]).intValue(),
                            "attributed pieces of batch " + r[0]);
                }
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loadsTwoCooperativesWithTheirPlacesArtisansAndTraining(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            assertTrue(db.inTransaction(DemoDataSet::isEmpty));

            DemoDataSet.Summary summary = load(db);

            db.run(em -> {
                assertFalse(DemoDataSet.isEmpty(em));
                List<Cooperative> cooperatives =
                        all(em, "select c from Cooperative c order by c.id", Cooperative.class);
                assertTrue(cooperatives.size() >= 2, "cooperatives: " + cooperatives.size());
                assertEquals("宁远堡镇", cooperatives.get(0).township());
                assertEquals("双湾镇", cooperatives.get(1).township());
                for (Cooperative cooperative : cooperatives) {
                    assertTrue(
                            cooperative.name().en() != null
                                    && cooperative.story().en() != null,
                            cooperative.name().zh());
                    List<Location> places = em.createNamedQuery(Location.OF_COOPERATIVE, Location.class)
                            .setParameter("cooperative", cooperative.id())
                            .getResultList();
                    assertTrue(places.size() >= 2, cooperative.name() + " has " + places.size() + " places");
                    assertEquals(
                            1,
                            places.stream().filter(Location::isMain).count(),
                            cooperative.name() + ": one main place");
                }

                List<Artisan> artisans = all(em, "select a from Artisan a", Artisan.class);
                assertTrue(artisans.size() >= 12, "artisans: " + artisans.size());
                assertTrue(
                        artisans.stream()
                                        .filter(a -> a.publicStory()
                                                .map(s -> s.en() != null)
                                                .orElse(false))
                                        .count()
                                >= 4,
                        "at least four artisans consented to a bilingual public story");
                assertTrue(artisans.stream()
                        .allMatch(a -> a.phone() != null && a.phone().matches("139\\d{8}")));
                assertTrue(
                        artisans.stream().noneMatch(a -> a.displayName().equals(a.realName())),
                        "display names are nicknames, not real names");
                assertTrue(
                        artisans.stream().allMatch(a -> a.idNumberCipher() == null),
                        "no ID numbers until they are encrypted");
                Set<HouseholdStatus> households =
                        artisans.stream().map(Artisan::householdStatus).collect(Collectors.toSet());
                assertTrue(
                        households.contains(HouseholdStatus.REGISTERED_POOR) && households.size() >= 3,
                        households.toString());

                List<TrainingCourse> courses = all(em, "select c from TrainingCourse c", TrainingCourse.class);
                assertEquals(7, courses.size());
                assertTrue(courses.stream().anyMatch(c -> c.cooperative() == null), "federation courses");
                assertTrue(courses.stream().anyMatch(c -> c.cooperative() != null), "cooperatives' own courses");
                Map<Enrollment.Status, Long> enrollments =
                        all(em, "select e from Enrollment e", Enrollment.class).stream()
                                .collect(Collectors.groupingBy(Enrollment::status, Collectors.counting()));
                assertTrue(
                        enrollments.get(Enrollment.Status.COMPLETED) > enrollments.get(Enrollment.Status.ENROLLED),
                        enrollments.toString());
                assertTrue(enrollments.get(Enrollment.Status.ENROLLED) >= 2, enrollments.toString());
                assertEquals(1L, enrollments.get(Enrollment.Status.DROPPED));
                assertEquals(
                        Set.of("BASIC", "INTERMEDIATE", "ADVANCED"),
                        Set.copyOf(all(
                                        em,
                                        "select distinct e.levelAchieved from Enrollment e where e.levelAchieved is not null",
                                        Object.class)
                                .stream()
                                .map(String::valueOf)
                                .toList()));

                assertEquals(
                        new DemoDataSet.Summary(
                                cooperatives.size(),
                                count(em, "Location"),
                                artisans.size(),
                                (int) artisans.stream()
                                        .filter(Artisan::hasPublicConsent)
                                        .count(),
                                courses.size(),
                                count(em, "Enrollment"),
                                count(em, "Product"),
                                count(em, "ProductionBatch"),
                                count(em, "CustomerOrder")),
                        summary);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsThirtyProductsOnSaleInEightCraftsMadeByTrainedHandsNearlyAllInStock(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            load(db);

            db.run(em -> {
                StockService stock = new StockService(em, CLOCK, sold -> {});
                ProductionService production = new ProductionService(em, stock, CLOCK);
                List<Product> products = all(em, "select p from Product p order by p.id", Product.class);
                assertEquals(32, products.size());
                List<Product> onSale =
                        products.stream().filter(Product::isPublished).toList();
                assertEquals(30, onSale.size(), "on sale");
                assertEquals(
                        8,
                        onSale.stream().map(p -> p.craft().code()).distinct().count(),
                        "crafts on sale: "
                                + onSale.stream()
                                        .map(p -> p.craft().code())
                                        .distinct()
                                        .toList());
                assertEquals(2, products.stream().filter(p -> !p.isPublished()).count(), "unpublished");
                IntStream.range(0, products.size())
                        .forEach(i -> assertEquals(
                                "/images/products/" + (i + 1) + ".svg",
                                products.get(i).imageUrl()));
                assertTrue(products.stream()
                        .allMatch(p -> p.name().en() != null && p.description().en() != null));
                assertTrue(products.stream()
                        .allMatch(p -> p.price().fen() >= 15_00 && p.price().fen() <= 680_00));
                assertTrue(
                        products.stream().map(Product::createdAt).distinct().count() >= 20,
                        "listed over several weeks");
                assertTrue(products.stream()
                        .allMatch(p -> p.createdAt().isBefore(CLOCK.instant())
                                && p.createdAt().isAfter(CLOCK.instant().minus(Duration.ofDays(70)))));

                List<ProductionBatch> batches = all(em, "select b from ProductionBatch b", ProductionBatch.class);
                assertTrue(
                        batches.stream()
                                .allMatch(b -> production.isTrainedIn(
                                        b.artisan().id(), b.product().craft().code())),
                        "every batch comes from a woman trained in its craft");
                assertTrue(batches.stream()
                        .allMatch(b -> b.madeOn().getYear() == 2026
                                && b.madeOn().isBefore(LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC))));
                Set<Long> produced = batches.stream().map(b -> b.product().id()).collect(Collectors.toSet());
                Map<Long, Integer> available =
                        stock.availableOf(products.stream().map(Product::id).toList());
                List<Long> withoutStock = available.entrySet().stream()
                        .filter(e -> e.getValue() == 0)
                        .map(Map.Entry::getKey)
                        .toList();
                assertTrue(
                        withoutStock.size() == 2 || withoutStock.size() == 3,
                        "products without stock: " + withoutStock);
                assertTrue(
                        withoutStock.stream().noneMatch(produced::contains), "only products never made have no stock");
                assertTrue(
                        available.values().stream()
                                        .filter(n -> n >= 1 && n <= 3)
                                        .count()
                                >= 3,
                        "a few with only 1–3 left");

                List<StockLevel> levels = stock.allLevels();
                assertTrue(
                        levels.stream()
                                        .collect(Collectors.groupingBy(StockLevel::productId, Collectors.counting()))
                                        .values()
                                        .stream()
                                        .filter(n -> n >= 2)
                                        .count()
                                >= 2,
                        "a couple of products at two places");
                assertEquals(
                        stock.levelsFromLedger().stream()
                                .filter(l -> l.onHand() != 0 || l.reserved() != 0)
                                .toList(),
                        levels);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void placesOrdersThatHaveComeToSeveralStatuses(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            load(db);

            db.run(em -> {
                List<CustomerOrder> orders =
                        all(em, "select o from CustomerOrder o order by o.id", CustomerOrder.class);
                long firstCooperative = all(em, "select c from Cooperative c order by c.id", Cooperative.class)
                        .get(0)
                        .id();
                assertTrue(orders.size() >= 6, "orders: " + orders.size());
                Set<OrderStatus> statuses =
                        orders.stream().map(CustomerOrder::status).collect(Collectors.toSet());
                assertTrue(statuses.size() >= 4, statuses.toString());
                assertTrue(
                        orders.stream()
                                .anyMatch(o -> o.status() == OrderStatus.AWAITING_PAYMENT
                                        && o.paymentMethod() == PaymentMethod.BANK_TRANSFER
                                        && o.partOf(firstCooperative).isPresent()),
                        "a bank transfer of the first cooperative still to be paid");
                assertEquals(
                        Set.of(PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH_ON_DELIVERY),
                        orders.stream().map(CustomerOrder::paymentMethod).collect(Collectors.toSet()));
                assertTrue(orders.stream().anyMatch(o -> o.parts().size() == 2), "an order from both cooperatives");
                assertTrue(
                        orders.stream()
                                .anyMatch(o -> o.shippingAddress().province().equals("北京市")),
                        "an order to Beijing");
                assertTrue(orders.stream().allMatch(o -> o.contact().phone().matches("13\\d{9}")));
                assertTrue(
                        all(
                                                em,
                                                "select r from Reservation r where r.status = "
                                                        + "cn.longyuan.market.domain.model.stock.Reservation.Status.HELD",
                                                Object.class)
                                        .size()
                                > 0,
                        "the unpaid and the cash-on-delivery orders hold their stock");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loadsOnlyIntoAnEmptyDatabase(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            load(db);

            assertThrows(IllegalStateException.class, () -> load(db));
            assertEquals(Integer.valueOf(2), db.inTransaction(em -> count(em, "Cooperative")));
        }
    }

    /** Loads the set in one transaction, as the application does at its first start, and reports the time. */
    private static DemoDataSet.Summary load(TestDatabase.Opened db) {
        long started = System.nanoTime();
        DemoDataSet.Summary summary = db.inTransaction(em -> {
            StockService stock = new StockService(em, CLOCK, sold -> {});
            return new DemoDataSet()
                    .loadInto(
                            em,
                            new ProductionService(em, stock, CLOCK),
                            new OrderService(em, stock, ReservationPolicy.of(Duration.ofMinutes(30)), CLOCK),
                            CLOCK);
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("demo data set loaded into " + db.kind() + " in " + took.toMillis() + " ms: " + summary);
        if (db.kind() == TestDatabase.H2) {
            assertTrue(took.compareTo(LOAD_BUDGET_ON_H2) < 0, "loading took " + took.toMillis() + " ms");
        }
        return summary;
    }

    private static <T> List<T> all(EntityManager em, String jpql, Class<T> type) {
        return em.createQuery(jpql, type).getResultList();
    }

    private static int count(EntityManager em, String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class)
                .getSingleResult()
                .intValue();
    }
}
