package cn.longyuan.market.application.catalog;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.catalog.CatalogQueries.ProductDetail;
import cn.longyuan.market.application.catalog.CatalogQueries.ProductPage;
import cn.longyuan.market.application.catalog.CatalogQueries.ProductSummary;
import cn.longyuan.market.application.catalog.CatalogQueries.TraceView;
import cn.longyuan.market.application.members.TrainingProfiles.CraftLevel;
import cn.longyuan.market.application.members.TrainingProfiles.MakerProfile;
import cn.longyuan.market.application.members.TrainingProfiles.TrainingRecord;
import cn.longyuan.market.application.production.ProductionService;
import cn.longyuan.market.application.shared.CraftName;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Location;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.domain.model.training.Artisan;
import cn.longyuan.market.domain.model.training.Enrollment;
import cn.longyuan.market.domain.model.training.SkillLevel;
import cn.longyuan.market.domain.model.training.TrainingCourse;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What buyers can read. Besides the chain's two products (端午香包 and 窗花剪纸 of Ningyuanpu, listed at the
 * same moment), a second cooperative lists three more, one minute apart, and Ningyuanpu has one not listed.
 */
class CatalogQueriesTest {

    private static final String[] NOT_A_TRACE_CODE = {
        null, "", "   ", "7KQ4MX2PR", "7KQ4MX2PRTA", "7KQ4MX2PRO", "not-a-code"
    };

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theListShowsPublishedProductsNewestFirstWithWhatCanBeBoughtNow(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Catalog c = Catalog.extend(chain);
            chain.produce(chain.sachetId, chain.mainLocationId, 5);
            chain.produce(chain.sachetId, chain.shopLocationId, 2);
            chain.produce(c.unlisted, chain.mainLocationId, 9);
            chain.placement().place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 3)), "k", "h");

            ProductPage page = products(chain, null, null, null, 0, 20);

            assertEquals(
                    List.of(
                            c.handkerchief,
                            c.tigerShoes,
                            c.pouch,
                            ningyuanpu(chain).get(0),
                            ningyuanpu(chain).get(1)),
                    ids(page));
            assertEquals(5, page.total());
            ProductSummary sachet = summary(page, chain.sachetId);
            assertEquals(4, sachet.available());
            assertEquals(Money.parse("68.00"), sachet.price());
            assertEquals("sachet", sachet.craft());
            assertEquals(chain.cooperativeId, sachet.cooperativeId());
            assertEquals("宁远堡镇", sachet.township());
            assertEquals(new BilingualText("端午香包", "Dragon Boat sachet"), sachet.name());
            assertEquals(0, summary(page, chain.paperCutId).available());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theListFiltersByCraftAndByCooperative(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Catalog c = Catalog.extend(chain);

            assertEquals(
                    List.of(c.handkerchief, chain.paperCutId),
                    ids(products(chain, null, "paper-cutting", null, 0, 20)));
            assertEquals(
                    List.of(c.handkerchief, c.tigerShoes, c.pouch),
                    ids(products(chain, null, null, c.shuangwan, 0, 20)));
            assertEquals(ningyuanpu(chain), ids(products(chain, null, null, chain.cooperativeId, 0, 20)));
            assertEquals(List.of(c.tigerShoes, c.pouch), ids(products(chain, null, " sachet ", c.shuangwan, 0, 20)));
            assertEquals(2L, products(chain, null, "sachet", c.shuangwan, 0, 20).total());
            assertEquals(List.of(), ids(products(chain, null, "no-such-craft", null, 0, 20)));
            assertEquals(List.of(c.pouch), ids(products(chain, "pouch", "sachet", c.shuangwan, 0, 20)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theListFindsWordsInChineseOrEnglishInNamesOrDescriptionsWhateverTheirCase(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Catalog c = Catalog.extend(chain);

            assertEquals(List.of(chain.sachetId), search(chain, "端午")); // Chinese, in a name
            assertEquals(List.of(chain.sachetId), search(chain, "艾草")); // Chinese, in a description
            assertEquals(List.of(chain.sachetId), search(chain, "dRAGON bOAT")); // English, in a name
            assertEquals(List.of(chain.sachetId), search(chain, "MUGWORT")); // English, in a description
            assertEquals(List.of(c.tigerShoes), search(chain, "Tiger"));
            assertEquals(List.of(c.tigerShoes, chain.sachetId), search(chain, "  embroidered  "));
            assertEquals(List.of(c.tigerShoes, c.pouch, chain.sachetId), search(chain, "香"));
            assertEquals(List.of(), search(chain, "丝绸"));
            assertEquals(5L, products(chain, "  ", null, null, 0, 20).total());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void percentUnderscoreAndTheEscapeCharacterInTheQueryAreJustCharacters(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Catalog c = Catalog.extend(chain);

            // unescaped, "100%" would also find the 1000 stitches, "_" and "%" every product, "!" would break the
            // pattern
            assertEquals(List.of(c.pouch), search(chain, "100%"));
            assertEquals(List.of(c.handkerchief), search(chain, "_"));
            assertEquals(List.of(c.handkerchief), search(chain, "a_b"));
            assertEquals(List.of(c.pouch), search(chain, "%"));
            assertEquals(List.of(c.handkerchief), search(chain, "yes!"));
            assertEquals(List.of(), search(chain, "!%"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theListComesInPagesWithTheTotalOfAllMatches(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Catalog c = Catalog.extend(chain);

            ProductPage first = products(chain, null, null, null, 0, 2);
            ProductPage second = products(chain, null, null, null, 1, 2);
            ProductPage third = products(chain, null, null, null, 2, 2);
            ProductPage beyond = products(chain, null, null, null, 3, 2);

            assertEquals(List.of(c.handkerchief, c.tigerShoes), ids(first));
            assertEquals(List.of(c.pouch, ningyuanpu(chain).get(0)), ids(second));
            assertEquals(List.of(ningyuanpu(chain).get(1)), ids(third));
            assertEquals(List.of(), ids(beyond));
            for (ProductPage page : List.of(first, second, third, beyond)) {
                assertEquals(5L, page.total());
            }
            ProductPage sachets = products(chain, null, "sachet", null, 1, 1);
            assertEquals(List.of(c.pouch), ids(sachets));
            assertEquals(3L, sachets.total());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aProductNotListedIsNeitherInTheListNorShown(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Catalog c = Catalog.extend(chain);
            chain.produce(c.unlisted, chain.mainLocationId, 3);

            assertEquals(List.of(), search(chain, "未上架"));
            assertEquals(ningyuanpu(chain), ids(products(chain, null, null, chain.cooperativeId, 0, 20)));
            assertEquals(List.of(), ids(products(chain, "unlisted", "sachet", chain.cooperativeId, 0, 20)));
            assertEquals(Optional.empty(), chain.tx(em -> chain.catalog(em).product(c.unlisted)));
            assertEquals(Optional.empty(), chain.tx(em -> chain.catalog(em).product(987_654L)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPieceIsMadeToOrderWhenNoneIsLeftAndTrainedWomenHaveMadeItBefore(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            assertFalse(detail(chain, chain.sachetId).madeToOrder(), "none left, but nobody has made one yet");

            chain.produce(chain.sachetId, chain.mainLocationId, 2);
            assertFalse(detail(chain, chain.sachetId).madeToOrder(), "two to buy now");

            chain.placement().place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)), "k", "h");
            ProductDetail soldOut = detail(chain, chain.sachetId);
            assertEquals(0, soldOut.summary().available());
            assertTrue(soldOut.madeToOrder(), "none left, and she who made them can make more");
        }
    }

    private static ProductDetail detail(Chain chain, long productId) {
        return chain.tx(em -> chain.catalog(em).product(productId)).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aProductShowsEachMakerOnceWithAllHerTrainingsAndHerHighestLevelPerCraft(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Catalog c = Catalog.extend(chain);
            chain.produce(chain.sachetId, chain.mainLocationId, 2);
            chain.produce(chain.sachetId, chain.shopLocationId, 3);
            c.record(chain, chain.sachetId, c.chen);
            chain.produce(chain.paperCutId, chain.mainLocationId, 1);

            ProductDetail sachet =
                    chain.tx(em -> chain.catalog(em).product(chain.sachetId)).orElseThrow();
            ProductDetail paperCut =
                    chain.tx(em -> chain.catalog(em).product(chain.paperCutId)).orElseThrow();

            assertEquals(
                    new BilingualText("手工刺绣的庆阳香包，内装艾草。", "Hand-embroidered Qingyang sachet filled with mugwort."),
                    sachet.description());
            assertEquals(5 + 4, sachet.summary().available());
            assertEquals(
                    List.of("巧手李姐", "巧手陈姐"),
                    sachet.makers().stream().map(MakerProfile::displayName).toList());
            MakerProfile li = sachet.makers().get(0);
            assertEquals(chain.trainedArtisanId, li.id());
            assertEquals(
                    List.of(
                            new CraftLevel("sachet", craftName("sachet", chain), SkillLevel.INTERMEDIATE),
                            new CraftLevel("paper-cutting", craftName("paper-cutting", chain), SkillLevel.BASIC)),
                    li.levels());
            assertEquals(
                    List.of("庆阳香包初级班", "剪纸入门"),
                    li.trainings().stream().map(t -> t.course().zh()).toList());
            assertEquals(
                    new TrainingRecord(
                            new BilingualText("剪纸入门", "Paper-cutting basics"),
                            "paper-cutting",
                            craftName("paper-cutting", chain),
                            SkillLevel.BASIC,
                            LocalDate.of(2026, 4, 2)),
                    li.trainings().get(1));
            MakerProfile chen = sachet.makers().get(1);
            assertEquals(
                    List.of(new CraftLevel("sachet", craftName("sachet", chain), SkillLevel.ADVANCED)), chen.levels());
            assertEquals(
                    List.of(SkillLevel.ADVANCED, SkillLevel.BASIC),
                    chen.trainings().stream().map(TrainingRecord::level).toList()); // in the order she completed them
            assertEquals(
                    List.of("巧手李姐"),
                    paperCut.makers().stream().map(MakerProfile::displayName).toList());
            assertFalse(sachet.toString().contains("李秀兰"), "her real name is private");
            assertFalse(sachet.toString().contains("13800000001"), "her phone is private");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMakersStoryAndPhotoAreShownOnlyWithHerConsent(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Catalog c = Catalog.extend(chain);
            chain.produce(chain.sachetId, chain.mainLocationId, 2);
            c.record(chain, chain.sachetId, c.chen);
            // Li once agreed to show her story, then withdrew her consent: the story is kept but not shown
            chain.tx(em -> {
                Artisan li = em.find(Artisan.class, chain.trainedArtisanId);
                li.publishProfileWithConsent(
                        new BilingualText("李姐绣了三十年。", "Li has embroidered for thirty years."), "/photos/li.jpg");
                li.withdrawConsent();
                return null;
            });

            List<MakerProfile> makers = chain.tx(em -> chain.catalog(em).product(chain.sachetId))
                    .orElseThrow()
                    .makers();

            MakerProfile li = makers.get(0);
            assertEquals(Optional.empty(), li.story());
            assertEquals(Optional.empty(), li.photoUrl());
            MakerProfile chen = makers.get(1);
            assertEquals(
                    Optional.of(new BilingualText(
                            "陈姐在家门口绣香包，供女儿上学。", "Chen embroiders at home and pays for her daughter's school.")),
                    chen.story());
            assertEquals(Optional.of("/photos/chen.jpg"), chen.photoUrl());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTraceCodeAsTypedFromTheTagShowsTheBatchItsMakerAndHerTrainingsInThatCraft(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Catalog c = Catalog.extend(chain);
            String code = chain.tx(em -> chain.production(em)
                    .record(
                            new ProductionService.RecordBatch(
                                    chain.sachetId,
                                    chain.trainedArtisanId,
                                    7,
                                    LocalDate.of(2026, 11, 18),
                                    chain.shopLocationId),
                            null,
                            "test")
                    .traceCode()
                    .value());
            String chensCode = c.record(chain, chain.sachetId, c.chen);
            String typed = code.substring(0, 5).toLowerCase(Locale.ROOT) + "-" + code.substring(5);

            TraceView view = chain.tx(em -> chain.catalog(em).trace(typed)).orElseThrow();

            assertEquals(code, view.code());
            assertEquals(chain.sachetId, view.product().id());
            assertEquals(7 + 4, view.product().available());
            assertEquals(chain.trainedArtisanId, view.maker().id());
            assertEquals("巧手李姐", view.maker().displayName());
            assertEquals(LocalDate.of(2026, 11, 18), view.madeOn());
            assertEquals(7, view.quantity());
            // Li also learnt paper-cutting; a sachet's tag tells only of her sachet training
            assertEquals(2, view.maker().trainings().size());
            assertEquals(
                    List.of("sachet"),
                    view.trainingsInCraft().stream().map(TrainingRecord::craft).toList());
            assertEquals(SkillLevel.INTERMEDIATE, view.trainingsInCraft().get(0).level());
            assertFalse(view.toString().contains("李秀兰"), "her real name is private");

            TraceView chens = chain.tx(em -> chain.catalog(em).trace(chensCode)).orElseThrow();
            assertEquals(c.chen, chens.maker().id());
            assertEquals(2, chens.trainingsInCraft().size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownOrMalformedTraceCodeShowsNothing(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 1);
            String existing = chain.tx(em -> em.createQuery("select b.traceCode from ProductionBatch b", String.class)
                    .getSingleResult());
            String unknown = existing.startsWith("2") ? "3333333333" : "2222222222";

            assertEquals(Optional.empty(), chain.tx(em -> chain.catalog(em).trace(unknown)));
            for (String typed : NOT_A_TRACE_CODE) {
                assertEquals(Optional.empty(), chain.tx(em -> chain.catalog(em).trace(typed)), () -> "'" + typed + "'");
            }
            assertTrue(chain.tx(em -> chain.catalog(em).trace(existing)).isPresent());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSitemapNamesWhatIsOnSaleAndNothingElse(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Catalog c = Catalog.extend(chain);
            CatalogProfiles.ListedPages listed =
                    chain.tx(em -> new CatalogProfiles(em, chain.catalog(em)).listedPages());
            assertEquals(
                    List.of(chain.sachetId, chain.paperCutId, c.pouch, c.tigerShoes, c.handkerchief).stream()
                            .sorted()
                            .toList(),
                    listed.productIds());
            assertFalse(listed.productIds().contains(c.unlisted));
            assertEquals(
                    List.of(chain.cooperativeId, c.shuangwan).stream().sorted().toList(), listed.cooperativeIds());
            assertEquals(List.of("sachet", "paper-cutting"), listed.craftCodes());

            chain.tx(em -> {
                em.find(Product.class, c.handkerchief).unpublish();
                return null;
            });
            CatalogProfiles.ListedPages after =
                    chain.tx(em -> new CatalogProfiles(em, chain.catalog(em)).listedPages());
            assertFalse(after.productIds().contains(c.handkerchief), "a withdrawn product leaves the sitemap");
        }
    }

    private static ProductPage products(Chain chain, String q, String craft, Long cooperativeId, int page, int size) {
        return chain.tx(em -> chain.catalog(em).products(q, craft, cooperativeId, page, size));
    }

    /**
     * The chain's two products, as the list orders them: they were listed at the same moment, so the one
     * stored last (the higher id) comes first.
     */
    private static List<Long> ningyuanpu(Chain chain) {
        return chain.sachetId > chain.paperCutId
                ? List.of(chain.sachetId, chain.paperCutId)
                : List.of(chain.paperCutId, chain.sachetId);
    }

    private static ProductSummary summary(ProductPage page, long productId) {
        return page.items().stream()
                .filter(p -> p.id() == productId)
                .findFirst()
                .orElseThrow();
    }

    private static List<Long> search(Chain chain, String q) {
        return ids(products(chain, q, null, null, 0, 20));
    }

    private static List<Long> ids(ProductPage page) {
        return page.items().stream().map(ProductSummary::id).toList();
    }

    private static BilingualText craftName(String code, Chain chain) {
        return chain.tx(em -> em.find(Craft.class, code).name());
    }

    /**
     * The rest of the catalogue: Shuangwan's pouch ("100%" in its English name, 香 in its Chinese one), tiger
     * shoes (Tiger, embroidered, 1000 stitches, 香) and handkerchief (an underscore and "yes!"), listed a
     * minute apart; Ningyuanpu's unlisted sachet; and Chen, a second Ningyuanpu maker trained in sachets twice,
     * who consented to show her story.
     */
    record Catalog(long shuangwan, long pouch, long tigerShoes, long handkerchief, long unlisted, long chen) {

        static Catalog extend(Chain chain) {
            return chain.tx(em -> {
                Craft sachet = em.find(Craft.class, "sachet");
                Craft paperCutting = em.find(Craft.class, "paper-cutting");
                Cooperative ningyuanpu = em.find(Cooperative.class, chain.cooperativeId);
                Cooperative shuangwan =
                        new Cooperative(new BilingualText("双湾镇绣娘合作社", "Shuangwan Embroiderers"), "双湾镇", null);
                em.persist(shuangwan);
                em.persist(new Location(shuangwan, new BilingualText("双湾工坊", "Shuangwan workshop"), "双湾镇", true));
                Product pouch = product(
                        em,
                        chain,
                        shuangwan,
                        sachet,
                        1,
                        "百分百手工香囊",
                        "100% handmade pouch",
                        "手工缝制的香囊",
                        "A hand-sewn pouch");
                Product shoes = product(
                        em,
                        chain,
                        shuangwan,
                        sachet,
                        2,
                        "虎头鞋",
                        "Tiger-head shoes",
                        "给孩子的绣花鞋，一千针，带一点香",
                        "Embroidered shoes for a child, 1000 stitches, lightly scented");
                Product handkerchief = product(
                        em,
                        chain,
                        shuangwan,
                        paperCutting,
                        3,
                        "手帕",
                        "Handkerchief a_b",
                        "剪纸图案手帕",
                        "Paper-cut pattern, yes!");
                Product unlisted = new Product(
                        ningyuanpu,
                        sachet,
                        new BilingualText("未上架香包", "Unlisted sachet"),
                        new BilingualText("还没上架", "Not listed yet"),
                        Money.parse("50.00"),
                        null,
                        chain.clock.instant().plus(Duration.ofMinutes(10)));
                em.persist(unlisted);

                Artisan chen = new Artisan(ningyuanpu, "巧手陈姐");
                chen.publishProfileWithConsent(
                        new BilingualText(
                                "陈姐在家门口绣香包，供女儿上学。", "Chen embroiders at home and pays for her daughter's school."),
                        "/photos/chen.jpg");
                em.persist(chen);
                completed(em, chen, sachet, "香包高级班", SkillLevel.ADVANCED, LocalDate.of(2025, 6, 1));
                completed(em, chen, sachet, "香包复训", SkillLevel.BASIC, LocalDate.of(2026, 6, 1));
                em.flush();
                return new Catalog(shuangwan.id(), pouch.id(), shoes.id(), handkerchief.id(), unlisted.id(), chen.id());
            });
        }

        /** Records a batch the artisan made, at the main place; answers its trace code. */
        String record(Chain chain, long productId, long artisanId) {
            return chain.tx(em -> chain.production(em)
                    .record(
                            new ProductionService.RecordBatch(
                                    productId, artisanId, 4, LocalDate.of(2026, 11, 21), null),
                            null,
                            "test")
                    .traceCode()
                    .value());
        }

        private static Product product(
                EntityManager em,
                Chain chain,
                Cooperative cooperative,
                Craft craft,
                int minutesLater,
                String nameZh,
                String nameEn,
                String descriptionZh,
                String descriptionEn) {
            Product product = new Product(
                    cooperative,
                    craft,
                    new BilingualText(nameZh, nameEn),
                    new BilingualText(descriptionZh, descriptionEn),
                    Money.parse("88.00"),
                    null,
                    chain.clock.instant().plus(Duration.ofMinutes(minutesLater)));
            product.publish();
            em.persist(product);
            return product;
        }

        private static void completed(
                EntityManager em, Artisan artisan, Craft craft, String title, SkillLevel level, LocalDate on) {
            TrainingCourse course = new TrainingCourse(
                    craft, new BilingualText(title, title), level, 20, "张老师", "宁远堡镇文化站", on.minusDays(5), on, 20, null);
            em.persist(course);
            Enrollment enrollment = new Enrollment(course, artisan, on.minusDays(10));
            enrollment.complete(on, level);
            em.persist(enrollment);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void buyersFilterByTheCraftsThatHaveListedProductsInTheProgrammesOrderNotByDrafts(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.tx(em -> {
                Product draft = new Product(
                        em.find(Cooperative.class, chain.cooperativeId),
                        em.find(Craft.class, "knitting"),
                        new BilingualText("羊毛围巾", "Wool scarf"),
                        new BilingualText("未上架", "Not listed yet"),
                        Money.parse("168.00"),
                        null,
                        chain.clock.instant());
                em.persist(draft);
                return draft;
            });

            List<CraftName> crafts = chain.tx(em -> chain.catalog(em).listedCrafts());

            assertEquals(
                    List.of("sachet", "paper-cutting"),
                    crafts.stream().map(CraftName::code).toList());
            assertEquals("庆阳香包", crafts.get(0).name().zh());
            assertEquals("Qingyang embroidered sachet", crafts.get(0).name().en());
        }
    }
}
