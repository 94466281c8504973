package cn.longyuan.market.application.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.catalog.CatalogQueries.ProductSummary;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.infrastructure.search.LuceneProductSearch;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The search over a real database (H2 and PostgreSQL): what it finds, the facets it names, and how it follows
 * listing and stock changes made after the index was built — as another instance or the back office would.
 */
class CatalogSearchTest {

    /** The search as the container wires it, each database read in its own transaction, on a clock moved by hand. */
    private static final class Wired {
        final Chain chain;
        final AtomicLong nanos = new AtomicLong(1_000_000_000L);
        /** How often the whole catalogue was read to build the index. */
        final java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();

        final LuceneProductSearch index;
        /** While set, every read of the catalogue fails as it does while PostgreSQL restarts. */
        final java.util.concurrent.atomic.AtomicBoolean databaseDown = new java.util.concurrent.atomic.AtomicBoolean();

        Wired(Chain chain) {
            this.chain = chain;
            SearchableProducts source = new SearchableProducts() {
                @Override
                public Fingerprint fingerprint() {
                    if (databaseDown.get()) {
                        throw new jakarta.persistence.PersistenceException(
                                "Connection refused (the database restarts)");
                    }
                    return chain.tx(em -> new SearchableProducts(em, chain.stock(em)).fingerprint());
                }

                @Override
                public List<SearchableProduct> all() {
                    builds.incrementAndGet();
                    return chain.tx(em -> new SearchableProducts(em, chain.stock(em)).all());
                }

                @Override
                public List<SearchableProduct> stockChangedSince(long movementId) {
                    return chain.tx(em -> new SearchableProducts(em, chain.stock(em)).stockChangedSince(movementId));
                }
            };
            this.index = new LuceneProductSearch(source, nanos::get);
        }

        CatalogSearch.Found find(SearchRequest request) {
            return chain.tx(em -> new CatalogSearch(index, chain.catalog(em), em).find(request));
        }

        List<Long> ids(SearchRequest request) {
            return find(request).items().stream().map(ProductSummary::id).toList();
        }

        void later(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }

    private static SearchRequest words(String words) {
        return new SearchRequest(words, null, null, null, null, null, false, SearchSort.RELEVANCE, 0, 20);
    }

    /** A Longxiu fan of Shuangwan's, listed a minute after the chain's two products. */
    private static long listFan(Chain chain) {
        return chain.tx(em -> {
            Cooperative shuangwan =
                    new Cooperative(new BilingualText("双湾镇巧姐妹合作社", "Shuangwan Clever Sisters"), "双湾镇", null);
            em.persist(shuangwan);
            Product fan = new Product(
                    shuangwan,
                    em.find(Craft.class, "embroidery"),
                    new BilingualText("陇绣牡丹团扇", "Longxiu Peony Fan"),
                    new BilingualText("真丝扇面，绣着剪纸风格的牡丹。", "A silk fan with a peony in paper-cut style."),
                    Money.parse("168.00"),
                    null,
                    chain.clock.instant().plus(Duration.ofMinutes(1)));
            fan.publish();
            em.persist(fan);
            em.flush();
            return fan.id();
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void chineseAndEnglishWordsFindTheListedProductsNamesFirst(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long fan = listFan(chain);
            Wired search = new Wired(chain);

            assertEquals(List.of(chain.sachetId), search.ids(words("香包")));
            assertEquals(
                    List.of(chain.paperCutId, fan),
                    search.ids(words("剪纸")),
                    "the paper-cut by name, the fan by its description");
            assertEquals(
                    List.of(fan, chain.sachetId),
                    search.ids(words("embroidery")),
                    "the embroidery craft by its name, then the sachet: its craft is the embroidered sachet");
            assertEquals(List.of(chain.sachetId), search.ids(words("mugwort")));
            assertEquals(List.of(), search.ids(words("no-such-thing-anywhere")));

            CatalogSearch.Found found = search.find(words("香包"));
            ProductSummary sachet = found.items().get(0);
            assertEquals("端午香包", sachet.name().zh());
            assertEquals(Money.parse("68.00"), sachet.price());
            assertEquals(1, found.total());
        }
    }

    /** A listing of the chain's cooperative, listed the given minutes after its first two. */
    private static long list(
            Chain chain, String craft, BilingualText name, BilingualText description, String price, int minutesLater) {
        return chain.tx(em -> {
            Product product = new Product(
                    em.find(Cooperative.class, chain.cooperativeId),
                    em.find(Craft.class, craft),
                    name,
                    description,
                    Money.parse(price),
                    null,
                    chain.clock.instant().plus(Duration.ofMinutes(minutesLater)));
            product.publish();
            em.persist(product);
            em.flush();
            return product.id();
        });
    }

    private static long listInsoles(Chain chain) {
        return list(
                chain,
                "insole",
                new BilingualText("刺绣鞋垫·并蒂莲", "Embroidered Insoles: Twin Lotus"),
                new BilingualText("多层纯棉布手工纳成。", "Layers of cotton quilted by hand."),
                "45.00",
                2);
    }

    private static java.util.Set<Long> found(Wired search, String words) {
        return java.util.Set.copyOf(search.ids(words(words)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pinyinFullAndInitialsFindsTheChineseNames(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long fan = listFan(chain);
            long insoles = listInsoles(chain);
            Wired search = new Wired(chain);

            assertEquals(List.of(chain.sachetId), search.ids(words("xiangbao")), "香包");
            assertEquals(List.of(chain.sachetId), search.ids(words("XiangBao")), "typed with capitals");
            assertEquals(
                    List.of(chain.paperCutId),
                    search.ids(words("jianzhi")),
                    "剪纸: by name and craft, not the fan's description");
            assertEquals(
                    java.util.Set.of(fan, insoles),
                    found(search, "cixiu"),
                    "刺绣: the insoles by name, the fan by its craft");
            assertEquals(List.of(insoles), search.ids(words("xiedian")), "鞋垫");
            assertEquals(List.of(chain.sachetId), search.ids(words("xb")), "the initials of 香包");
            assertEquals(List.of(chain.sachetId), search.ids(words("dwxb")), "the initials of 端午香包");
            assertEquals(List.of(), search.ids(words("xiangzhi")), "香 and 纸 stand in no name together");
            assertEquals(java.util.Set.of(fan), found(search, "shuangwan"), "the township and cooperative in pinyin");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTypoInALongerEnglishWordStillFindsWhatItMeansExactWordsFirst(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long fan = listFan(chain);
            long insoles = listInsoles(chain);
            long pony = list(
                    chain,
                    "cloth-tiger",
                    new BilingualText("布艺小马", "Cloth Pony"),
                    new BilingualText("手缝的布马。", "A horse sewn from cloth."),
                    "38.00",
                    5);
            Wired search = new Wired(chain);

            assertEquals(List.of(chain.sachetId), search.ids(words("sachett")));
            assertEquals(java.util.Set.of(fan, insoles, chain.sachetId), found(search, "embroidry"));
            assertEquals(
                    List.of(fan, pony),
                    search.ids(words("peony")),
                    "the peony fan before the pony one letter away, though newer");
            assertEquals(List.of(pony), search.ids(words("pony")), "a short word is taken as typed");
            assertEquals(List.of(), search.ids(words("achet")), "the first letter counts as typed");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void craftNamesFindEachOtherInBothLanguages(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long fan = listFan(chain);
            long insoles = listInsoles(chain);
            Wired search = new Wired(chain);

            java.util.Set<Long> embroidered = found(search, "刺绣");
            assertEquals(java.util.Set.of(fan, insoles, chain.sachetId), embroidered);
            assertEquals(embroidered, found(search, "embroidery"), "the embroidered insoles too");
            assertEquals(fan, search.ids(words("embroidery")).get(0), "the craft named so first");
            assertEquals(List.of(insoles), search.ids(words("insole")));
            assertEquals(List.of(insoles), search.ids(words("鞋垫")));
            assertEquals(
                    List.of(chain.paperCutId, fan),
                    search.ids(words("paper-cutting")),
                    "the paper-cut by its craft, the fan by its description");
            assertEquals(List.of(chain.sachetId), search.ids(words("香囊")), "another Chinese name of the sachet");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEmptyAnswerSuggestsWhatFindsSomething(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            listFan(chain);
            Wired search = new Wired(chain);

            CatalogSearch.Found mistyped = search.find(words("xachet"));
            assertEquals(0, mistyped.total());
            assertEquals(List.of("sachet"), mistyped.suggestions());
            assertEquals(List.of("香包"), search.find(words("香苞")).suggestions());
            assertEquals(List.of("端午香包"), search.find(words("端午香苞")).suggestions(), "a whole name mistyped");
            assertEquals(
                    List.of("dragon sachet"),
                    search.find(words("dragon xachet")).suggestions(),
                    "the word that finds something stays");
            assertEquals(List.of(), search.find(words("香包")).suggestions(), "none when something is found");
            assertEquals(
                    List.of(),
                    search.find(words("xachet").withCraft("paper-cutting")).suggestions(),
                    "no sachet among the paper-cuts: nothing to suggest");
            assertEquals(List.of(), search.find(words("qqqqqqqq")).suggestions());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void soldOutPiecesComeAfterPiecesInStockByRelevanceOnly(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long fan = listFan(chain);
            long insoles = listInsoles(chain);
            Wired search = new Wired(chain);
            assertEquals(List.of(insoles, fan, chain.sachetId), search.ids(words("刺绣")), "name, craft, description");

            chain.produce(chain.sachetId, chain.mainLocationId, 1);
            search.later(Duration.ofSeconds(3));
            int builds = search.builds.get();
            assertEquals(
                    List.of(chain.sachetId, insoles, fan),
                    search.ids(words("刺绣")),
                    "in stock first, then by relevance");
            assertEquals(builds, search.builds.get(), "the stock change did not rebuild the index");
            assertEquals(
                    List.of(insoles, chain.sachetId, fan),
                    search.ids(words("刺绣").withSort(SearchSort.PRICE_ASC)),
                    "by price: stock does not count");
            assertEquals(
                    List.of(insoles, fan, chain.sachetId),
                    search.ids(words("刺绣").withSort(SearchSort.NEWEST)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void facetsAreNamedInBothLanguagesWithTheirCounts(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long fan = listFan(chain);
            Wired search = new Wired(chain);

            CatalogSearch.Found all = search.find(SearchRequest.all(0, 20));
            CatalogSearch.Found shuangwan = search.find(SearchRequest.all(0, 20).withTownship("双湾镇"));

            assertEquals(
                    List.of(fan, chain.paperCutId, chain.sachetId).size(),
                    all.items().size());
            assertEquals(3, all.total());
            assertEquals(
                    List.of("embroidery", "paper-cutting", "sachet"),
                    all.crafts().stream().map(CatalogSearch.Facet::value).toList());
            assertEquals("Longxiu embroidery", all.crafts().get(0).label().en());
            assertEquals("陇绣刺绣", all.crafts().get(0).label().zh());
            assertEquals(
                    List.of(2L, 1L),
                    all.cooperatives().stream().map(CatalogSearch.Facet::count).toList());
            assertEquals("宁远堡镇巧手合作社", all.cooperatives().get(0).label().zh());
            assertEquals(
                    List.of(fan),
                    shuangwan.items().stream().map(ProductSummary::id).toList());
            assertEquals(
                    List.of(new CatalogSearch.Facet(
                            "embroidery", all.crafts().get(0).label(), 1)),
                    shuangwan.crafts());
            assertEquals(2, shuangwan.townships().size(), "the township facet leaves its own filter out");
            assertEquals(0, all.inStock(), "nothing has been made yet");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChangeOfListingOrStockIsFoundWithinTheCheckInterval(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Wired search = new Wired(chain);
            SearchRequest inStock = SearchRequest.all(0, 20).withInStockOnly(true);
            assertEquals(List.of(), search.ids(inStock));
            long generation = search.index.generation();

            chain.produce(chain.sachetId, chain.mainLocationId, 2);
            assertEquals(List.of(), search.ids(inStock), "the index is not asked again within the interval");
            search.later(Duration.ofSeconds(3));
            assertEquals(List.of(chain.sachetId), search.ids(inStock), "made pieces are in stock");
            assertTrue(search.index.generation() > generation);

            // a sale of the last pieces: the product is replaced in the index, not the index rebuilt
            int builds = search.builds.get();
            chain.placement()
                    .place(
                            cn.longyuan.market.testing.Chain.order(
                                    cn.longyuan.market.domain.model.ordering.PaymentMethod.CASH_ON_DELIVERY,
                                    cn.longyuan.market.testing.Chain.line(chain.sachetId, 2)),
                            "sold-out",
                            "h");
            search.later(Duration.ofSeconds(3));
            assertEquals(List.of(), search.ids(inStock), "sold out");
            assertTrue(search.ids(words("香包")).contains(chain.sachetId), "still listed, still found by its words");
            assertEquals(
                    2, search.find(SearchRequest.all(0, 20)).total(), "the product's document was replaced, not added");
            assertEquals(builds, search.builds.get(), "a stock change reads only the products it moved");

            long fan = listFan(chain);
            search.later(Duration.ofSeconds(3));
            assertEquals(List.of(fan), search.ids(words("团扇")), "a new listing is found");

            chain.tx(em -> {
                em.find(Product.class, fan).unpublish();
                return null;
            });
            search.later(Duration.ofSeconds(3));
            assertEquals(List.of(), search.ids(words("团扇")), "a withdrawn listing is not");

            long before = search.index.generation();
            search.later(Duration.ofSeconds(3));
            search.ids(words("团扇"));
            assertEquals(before, search.index.generation(), "nothing changed: no rebuild");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCheckThatFailsKeepsTheIndexItHasAndTheNextOneCatchesUp(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Wired search = new Wired(chain);
            assertEquals(List.of(chain.sachetId), search.ids(words("香包")));
            long generation = search.index.generation();

            long fan = listFan(chain);
            search.databaseDown.set(true);
            search.later(Duration.ofSeconds(3));
            assertEquals(List.of(chain.sachetId), search.ids(words("香包")), "searched on the index it had");
            assertEquals(generation, search.index.generation(), "the generation too stays");
            assertEquals(List.of(), search.ids(words("团扇")), "the new listing is not known yet");

            search.databaseDown.set(false);
            search.later(Duration.ofSeconds(1));
            assertEquals(List.of(), search.ids(words("团扇")), "a failed check waits its interval like any other");
            search.later(Duration.ofSeconds(2));
            assertEquals(List.of(fan), search.ids(words("团扇")), "the database is back: the next check finds it");
            assertTrue(search.index.generation() > generation);
        }
    }
}
