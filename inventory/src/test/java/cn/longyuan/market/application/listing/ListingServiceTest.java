package cn.longyuan.market.application.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.PhotoCheckTest;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A manager creates, edits, illustrates and publishes her listings; nobody overwrites anybody's edit. */
class ListingServiceTest {

    static ListingDraft draft(String nameZh, String price) {
        return new ListingDraft(
                "sachet",
                nameZh,
                "Sachet",
                "<p>手工<b>香包</b><script>alert(1)</script></p>",
                "<p onclick=\"x()\">Hand-made</p>",
                price);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewListingIsHiddenUntilPublishedAndItsDescriptionIsSanitised(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            long id = chain.tx(em -> new ListingService(em, chain.clock).create(manager, draft("新香包", "88.80")));

            Product saved = chain.tx(em -> em.find(Product.class, id));
            assertEquals("<p>手工<b>香包</b></p>", saved.description().zh());
            assertEquals("<p>Hand-made</p>", saved.description().en());
            assertEquals("88.80", saved.price().toDecimalString());
            assertFalse(saved.isPublished());
            assertTrue(chain.tx(em -> chain.catalog(em).product(id)).isEmpty());
            assertTrue(chain.tx(em -> chain.catalog(em).products(null, null, null, 0, 100)).items().stream()
                    .noneMatch(p -> p.id() == id));

            long version = saved.version();
            chain.tx(em -> new ListingService(em, chain.clock).setPublished(manager, id, version, true));
            Optional<CatalogQueries.ProductDetail> shown =
                    chain.tx(em -> chain.catalog(em).product(id));
            assertTrue(shown.isPresent());

            byte[] png = PhotoCheckTest.picture("png", 640, 480);
            long photo = chain.tx(em -> new ListingService(em, chain.clock).addPhoto(manager, id, png));
            assertEquals(
                    "/images/photos/" + photo + ".jpg",
                    chain.tx(em -> em.find(Product.class, id)).imageUrl());
            assertTrue(chain.tx(em -> new ListingService(em, chain.clock).photoBytes(photo, true, null))
                    .isPresent());

            long published = chain.tx(em -> em.find(Product.class, id)).version();
            chain.tx(em -> new ListingService(em, chain.clock).setPublished(manager, id, published, false));
            assertTrue(chain.tx(em -> chain.catalog(em).product(id)).isEmpty());
            // the shop serves no photo of a withdrawn product
            assertTrue(chain.tx(em -> new ListingService(em, chain.clock).photoBytes(photo, true, null))
                    .isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSaveMadeOnAnOlderVersionIsRefusedAndChangesNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            long loaded = chain.tx(em -> em.find(Product.class, chain.sachetId)).version();
            // two sessions opened the form on the same version; the first saves
            chain.tx(em -> new ListingService(em, chain.clock)
                    .update(manager, chain.sachetId, loaded, draft("第一位的名字", "70.00")));
            RequestRefusedException stale = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> new ListingService(em, chain.clock)
                            .update(manager, chain.sachetId, loaded, draft("第二位的名字", "71.00"))));
            assertEquals(RequestRefusedException.Reason.INVALID_STATE, stale.reason());
            assertEquals(ListingService.VERSION_FIELD, stale.violations().get(0).field());
            Product now = chain.tx(em -> em.find(Product.class, chain.sachetId));
            assertEquals("第一位的名字", now.name().zh());
            assertEquals("70.00", now.price().toDecimalString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pricesAndNamesAreChecked(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            for (String price : new String[] {"0", "0.00", "-5", "12.345", "abc", ""}) {
                RequestRefusedException e = assertThrows(
                        RequestRefusedException.class,
                        () -> chain.tx(em -> new ListingService(em, chain.clock).create(manager, draft("香包", price))),
                        price);
                assertTrue(
                        e.violations().stream().anyMatch(v -> v.field().equals("price")), price + " " + e.violations());
            }
            RequestRefusedException empty = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> new ListingService(em, chain.clock)
                            .create(
                                    manager,
                                    new ListingDraft(
                                            "nonsense", " ", null, "<p><br></p>", "<script>x</script>", "10"))));
            // English is optional: only the Chinese name and description are required
            assertEquals(
                    java.util.Set.of("craft", "nameZh", "descriptionZh"),
                    empty.violations().stream().map(v -> v.field()).collect(java.util.stream.Collectors.toSet()));
            RequestRefusedException longEnglish = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> new ListingService(em, chain.clock)
                            .create(
                                    manager,
                                    new ListingDraft(
                                            "sachet",
                                            "香包",
                                            "x".repeat(ListingDraft.MAX_NAME + 1),
                                            "<p>香包</p>",
                                            null,
                                            "10"))));
            assertEquals(
                    java.util.List.of("nameEn"),
                    longEnglish.violations().stream().map(v -> v.field()).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aListingWithoutEnglishIsSavedSoldAndNamedInChineseOnEnglishPages(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            long id = chain.tx(em -> new ListingService(em, chain.clock)
                    .create(manager, new ListingDraft("sachet", "只有中文的香包", " ", "<p>手工香包</p>", "<p><br></p>", "30")));
            Product saved = chain.tx(em -> em.find(Product.class, id));
            assertEquals(null, saved.name().en());
            assertEquals(null, saved.description().en(), "an empty editor is no English description");
            assertEquals("只有中文的香包", saved.name().in(java.util.Locale.ENGLISH));
            assertEquals("<p>手工香包</p>", saved.description().in(java.util.Locale.ENGLISH));

            long version = saved.version();
            chain.tx(em -> new ListingService(em, chain.clock).setPublished(manager, id, version, true));
            chain.produce(id, chain.mainLocationId, 1);
            var placed = chain.placement()
                    .place(
                            Chain.order(
                                    cn.longyuan.market.domain.model.ordering.PaymentMethod.CASH_ON_DELIVERY,
                                    Chain.line(id, 1)),
                            "no-english-1",
                            "h1")
                    .order();
            assertEquals(
                    "只有中文的香包",
                    chain.tx(em -> em.createNamedQuery(
                                    cn.longyuan.market.domain.model.ordering.CustomerOrder.BY_NUMBER,
                                    cn.longyuan.market.domain.model.ordering.CustomerOrder.class)
                            .setParameter("number", placed.number())
                            .getSingleResult()
                            .lines()
                            .get(0)
                            .name()
                            .in(java.util.Locale.ENGLISH)),
                    "the order line keeps the Chinese name for English pages");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherCooperativesListingIsNotFoundAndFederationStaffOnlyRead(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long other = chain.tx(em -> {
                Cooperative coop = new Cooperative(
                        new BilingualText("双湾镇合作社", "Shuangwan"), "双湾镇", new BilingualText("故事", "Story"));
                em.persist(coop);
                em.flush();
                return coop.id();
            });
            Actor stranger = new Actor(2, "coop-shuangwan", Role.COOP_MANAGER, other);
            Actor federation = new Actor(3, "federation", Role.FEDERATION, null);
            long version =
                    chain.tx(em -> em.find(Product.class, chain.sachetId)).version();
            assertEquals(
                    RequestRefusedException.Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(
                                            em -> new ListingService(em, chain.clock).find(stranger, chain.sachetId)))
                            .reason());
            assertEquals(
                    RequestRefusedException.Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> new ListingService(em, chain.clock)
                                            .update(stranger, chain.sachetId, version, draft("抢", "1.00"))))
                            .reason());
            assertEquals(
                    0,
                    chain.tx(em -> new ListingService(em, chain.clock)
                                    .page(
                                            stranger,
                                            new ListingService.ListingFilter(null, null, null),
                                            ListingService.SortBy.NAME,
                                            true,
                                            0,
                                            10))
                            .total());
            assertEquals(
                    2,
                    chain.tx(em -> new ListingService(em, chain.clock)
                                    .page(
                                            federation,
                                            new ListingService.ListingFilter(null, null, null),
                                            ListingService.SortBy.NAME,
                                            true,
                                            0,
                                            10))
                            .total());
            assertEquals(
                    RequestRefusedException.Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> new ListingService(em, chain.clock)
                                            .setPublished(federation, chain.sachetId, version, false)))
                            .reason());
            assertEquals(
                    1,
                    chain.tx(em -> new ListingService(em, chain.clock)
                                    .page(
                                            federation,
                                            new ListingService.ListingFilter("窗花", "paper-cutting", true),
                                            ListingService.SortBy.PRICE,
                                            false,
                                            0,
                                            10))
                            .total());
        }
    }
}
