package cn.longyuan.market.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.application.brokerage.QuoteService;
import cn.longyuan.market.application.listing.ListingDraft;
import cn.longyuan.market.application.listing.ListingService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.AuditEntry;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A price change is one audit entry with before and after; the trail is filtered and paged in the database. */
class AuditTrailTest {

    private static final Actor STAFF = new Actor(3, "federation", Role.FEDERATION, null);

    private static ListingDraft draft(String price) {
        return new ListingDraft("sachet", "五毒香包", "Sachet", "<p>手工香包</p>", "<p>Hand-made</p>", price);
    }

    private static long version(Chain chain, long productId) {
        return chain.tx(em -> em.find(Product.class, productId)).version();
    }

    private static AuditTrail.Page page(Chain chain, Actor actor, AuditTrail.Filter filter, int first, int size) {
        return chain.tx(em -> new AuditTrail(em).page(actor, filter, first, size));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPriceChangeWritesOneEntryWithBeforeAndAfterAndAnEditWithoutOneWritesNone(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            chain.tx(em -> new ListingService(em, chain.clock)
                    .update(manager, chain.sachetId, version(chain, chain.sachetId), draft("70.00")));
            // same price, other name: no price entry
            chain.tx(em -> new ListingService(em, chain.clock)
                    .update(
                            manager,
                            chain.sachetId,
                            version(chain, chain.sachetId),
                            new ListingDraft("sachet", "新名字", "New name", "<p>手工香包</p>", "<p>Hand-made</p>", "70")));
            // a save on an older version is refused and writes nothing
            long stale = version(chain, chain.sachetId) - 1;
            assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> new ListingService(em, chain.clock)
                            .update(manager, chain.sachetId, stale, draft("99.00"))));

            List<AuditTrail.Row> rows = page(
                            chain, STAFF, AuditTrail.Filter.of(null, AuditTrail.PRICE_CHANGED, null, null), 0, 20)
                    .items();
            assertEquals(1, rows.size(), rows.toString());
            AuditTrail.Row row = rows.get(0);
            assertEquals("coop-ningyuan", row.actor());
            assertEquals(AuditTrail.PRODUCT, row.subjectType());
            assertEquals(chain.sachetId, row.subjectId());
            assertEquals("68.00", row.before());
            assertEquals("70.00", row.after());
            assertEquals("68.00 → 70.00", row.detail());
            assertEquals(chain.clock.instant(), row.occurredAt());
            assertEquals(1L, (long) chain.tx(em -> em.createQuery("select count(e) from AuditEntry e", Long.class)
                    .getSingleResult()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChangeOfWholesaleTiersWritesOneEntryWithTheTiersBeforeAndAfter(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            List<QuoteService.Tier> tiers = List.of(
                    new QuoteService.Tier(10, Money.parse("55.00")), new QuoteService.Tier(2, Money.parse("60.00")));
            chain.tx(
                    em -> new QuoteService(em, chain.orders(em), chain.clock).setTiers(manager, chain.sachetId, tiers));
            // the same tiers again change nothing and write nothing
            chain.tx(
                    em -> new QuoteService(em, chain.orders(em), chain.clock).setTiers(manager, chain.sachetId, tiers));
            chain.tx(em -> new QuoteService(em, chain.orders(em), chain.clock)
                    .setTiers(manager, chain.sachetId, List.of(new QuoteService.Tier(2, Money.parse("58.00")))));
            List<AuditTrail.Row> rows = page(
                            chain,
                            STAFF,
                            AuditTrail.Filter.of(null, AuditTrail.WHOLESALE_PRICES_CHANGED, null, null),
                            0,
                            20)
                    .items();
            assertEquals(
                    List.of("2+ 60.00; 10+ 55.00 → 2+ 58.00", "none → 2+ 60.00; 10+ 55.00"),
                    rows.stream().map(AuditTrail.Row::detail).toList());
            assertEquals("2+ 60.00; 10+ 55.00", rows.get(0).before());
            assertEquals("2+ 58.00", rows.get(0).after());
            assertEquals(
                    Set.of("coop-ningyuan"),
                    rows.stream().map(AuditTrail.Row::actor).collect(Collectors.toSet()));
            assertEquals(
                    Set.of(chain.sachetId),
                    rows.stream().map(AuditTrail.Row::subjectId).collect(Collectors.toSet()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theTrailIsFilteredByUserKindAndChinaDaysAndPagedNewestFirst(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            // 2026-11-29T02:00Z is 10:00 on 29 November in China; entries every 5 hours, 12 of them, two users
            Instant start = chain.clock.instant();
            chain.tx(em -> {
                for (int i = 0; i < 12; i++) {
                    String user = i % 3 == 0 ? "staff-ma" : "coop-ningyuan";
                    String action = i % 2 == 0 ? "READ_PRIVATE_DATA" : AuditTrail.PRICE_CHANGED;
                    em.persist(new AuditEntry(
                            user,
                            action,
                            i % 2 == 0 ? "artisan" : AuditTrail.PRODUCT,
                            100 + i,
                            i % 2 == 0 ? null : i + ".00 → " + (i + 1) + ".00",
                            start.plus(Duration.ofHours(5L * i))));
                }
                return null;
            });
            AuditTrail.Page all = page(chain, STAFF, AuditTrail.Filter.ANY, 0, 5);
            assertEquals(12, all.total());
            assertEquals(
                    List.of(111L, 110L, 109L, 108L, 107L),
                    all.items().stream().map(AuditTrail.Row::subjectId).toList());
            assertEquals(
                    List.of(101L, 100L),
                    page(chain, STAFF, AuditTrail.Filter.ANY, 10, 5).items().stream()
                            .map(AuditTrail.Row::subjectId)
                            .toList());

            AuditTrail.Page staff = page(chain, STAFF, AuditTrail.Filter.of(" staff-ma ", null, null, null), 0, 20);
            assertEquals(4, staff.total());
            assertEquals(
                    List.of(109L, 106L, 103L, 100L),
                    staff.items().stream().map(AuditTrail.Row::subjectId).toList());

            AuditTrail.Page staffPrices =
                    page(chain, STAFF, AuditTrail.Filter.of("staff-ma", AuditTrail.PRICE_CHANGED, null, null), 0, 20);
            assertEquals(
                    List.of(109L, 103L),
                    staffPrices.items().stream().map(AuditTrail.Row::subjectId).toList());
            assertEquals("9.00", staffPrices.items().get(0).before());
            assertEquals("10.00", staffPrices.items().get(0).after());

            // China days: 29 Nov 10:00 + 5h·i; 30 Nov (China) holds i = 3..7 (01:00, 06:00, 11:00, 16:00, 21:00)
            LocalDate day = LocalDate.of(2026, 11, 30);
            AuditTrail.Page oneDay = page(chain, STAFF, AuditTrail.Filter.of(null, null, day, day), 0, 20);
            assertEquals(
                    Set.of(103L, 104L, 105L, 106L, 107L),
                    oneDay.items().stream().map(AuditTrail.Row::subjectId).collect(Collectors.toSet()));
            assertEquals(5, oneDay.total());
            assertEquals(
                    9,
                    page(chain, STAFF, AuditTrail.Filter.of(null, null, day, null), 0, 20)
                            .total());
            assertEquals(
                    8,
                    page(chain, STAFF, AuditTrail.Filter.of(null, null, null, day), 0, 20)
                            .total());
            AuditTrail.Page paged = page(chain, STAFF, AuditTrail.Filter.of("coop-ningyuan", null, day, day), 1, 2);
            assertEquals(3, paged.total());
            assertEquals(
                    List.of(105L, 104L),
                    paged.items().stream().map(AuditTrail.Row::subjectId).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyFederationStaffReadTheTrailAndAWrongFilterNamesItsField(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            for (Actor other : List.of(
                    new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId),
                    new Actor(2, "broker-li", Role.BROKER, null))) {
                assertEquals(
                        RequestRefusedException.Reason.FORBIDDEN,
                        assertThrows(
                                        RequestRefusedException.class,
                                        () -> page(chain, other, AuditTrail.Filter.ANY, 0, 20))
                                .reason());
            }
            assertEquals(
                    Set.of("user", "action", "to"),
                    fields(() -> AuditTrail.Filter.of(
                            "x".repeat(61), "DROP_TABLE", LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1))));
            assertEquals(
                    Set.of("from", "to"), fields(() -> AuditTrail.Filter.parse(null, null, "2026-13-45", "yesterday")));
            assertEquals(Set.of("to"), fields(() -> AuditTrail.Filter.parse(null, null, "2026-12-02", "2026-12-01")));
            assertEquals(
                    new AuditTrail.Filter("federation", "ACCOUNT_RESET", LocalDate.of(2026, 12, 1), null),
                    AuditTrail.Filter.parse("federation", "ACCOUNT_RESET", "2026-12-01", ""));
        }
    }

    private static Set<String> fields(org.junit.jupiter.api.function.Executable call) {
        RequestRefusedException e = assertThrows(RequestRefusedException.class, call);
        assertEquals(RequestRefusedException.Reason.VALIDATION, e.reason());
        return e.violations().stream().map(v -> v.field()).collect(Collectors.toSet());
    }
}
