package cn.longyuan.market.application.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.application.catalog.CatalogProfiles;
import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.federation.CooperativeRegistry;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.training.HouseholdStatus;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The optional English names of issue 16: a manager gives a maker's display name an English form, which the shop's
 * catalogue answers for English pages (the Chinese one without it, and never her real name); federation staff give a
 * township an English name at registration, which products of its cooperatives carry beside the recorded one.
 */
class EnglishNamesTest {

    private static ArtisanRecords.ArtisanForm form(String displayName, String displayNameEn) {
        return new ArtisanRecords.ArtisanForm(
                displayName,
                false,
                null,
                null,
                "李秀兰",
                null,
                null,
                false,
                HouseholdStatus.NOT_RECORDED,
                null,
                displayNameEn);
    }

    private static String makerName(Chain chain, Locale locale) {
        return chain.tx(em -> chain.catalog(em).product(chain.sachetId))
                .orElseThrow()
                .makers()
                .get(0)
                .name()
                .in(locale);
    }

    private static long version(Chain chain, Actor manager, long artisanId) {
        return chain.tx(em -> ArtisanRecordsTest.records(chain, em).members(manager)).stream()
                .filter(m -> m.id() == artisanId)
                .findFirst()
                .orElseThrow()
                .version();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMakersEnglishDisplayNameIsWhatEnglishPagesShowAndItIsOptional(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = ArtisanRecordsTest.manager(chain);
            chain.produce(chain.sachetId, chain.mainLocationId, 2);
            long her = chain.trainedArtisanId;
            assertEquals("巧手李姐", makerName(chain, Locale.ENGLISH), "no English name yet: the Chinese one");

            chain.tx(em -> ArtisanRecordsTest.records(chain, em)
                    .update(manager, her, version(chain, manager, her), form("巧手李姐", " Sister Li ")));
            assertEquals("Sister Li", makerName(chain, Locale.ENGLISH));
            assertEquals("巧手李姐", makerName(chain, Locale.SIMPLIFIED_CHINESE));
            assertEquals(
                    "Sister Li",
                    chain.tx(em -> new CatalogProfiles(em, chain.catalog(em)).batches(chain.sachetId, 6))
                            .get(0)
                            .maker()
                            .in(Locale.ENGLISH),
                    "the batch list names her in English too");
            assertEquals(
                    "Sister Li",
                    chain.tx(em -> ArtisanRecordsTest.records(chain, em).members(manager)).stream()
                            .filter(m -> m.id() == her)
                            .findFirst()
                            .orElseThrow()
                            .displayNameEn());

            // a form that does not name it keeps it; an empty one removes it
            chain.tx(em -> ArtisanRecordsTest.records(chain, em)
                    .update(
                            manager,
                            her,
                            version(chain, manager, her),
                            new ArtisanRecords.ArtisanForm(
                                    "巧手李姐",
                                    false,
                                    null,
                                    null,
                                    "李秀兰",
                                    null,
                                    null,
                                    false,
                                    HouseholdStatus.NOT_RECORDED,
                                    null)));
            assertEquals("Sister Li", makerName(chain, Locale.ENGLISH));
            chain.tx(em -> ArtisanRecordsTest.records(chain, em)
                    .update(manager, her, version(chain, manager, her), form("巧手李姐", "")));
            assertEquals("巧手李姐", makerName(chain, Locale.ENGLISH));

            RequestRefusedException tooLong = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em ->
                            ArtisanRecordsTest.records(chain, em).create(manager, form("新姐妹", "x".repeat(101)))));
            assertEquals(RequestRefusedException.Reason.VALIDATION, tooLong.reason());
            assertEquals(
                    List.of("displayNameEn"),
                    tooLong.violations().stream().map(FieldViolation::field).toList());
            long created =
                    chain.tx(em -> ArtisanRecordsTest.records(chain, em).create(manager, form("新姐妹", "New Sister")));
            assertEquals(
                    "New Sister",
                    chain.tx(em -> em.find(cn.longyuan.market.domain.model.training.Artisan.class, created))
                            .publicName()
                            .in(Locale.ENGLISH));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTownshipsEnglishNameIsGivenAtRegistrationAndCarriedBesideTheRecordedOne(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor staff = new Actor(9, "federation", Role.FEDERATION, null);
            long id = chain.tx(em -> chain.registry(em)
                    .register(
                            staff,
                            new CooperativeRegistry.NewCooperative(
                                    "双湾镇新合作社",
                                    "Shuangwan New Cooperative",
                                    "双湾镇",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    "Shuangwan Town")));
            CooperativeRegistry.Entry entry = chain.tx(em -> chain.registry(em).one(staff, id));
            assertEquals("双湾镇", entry.township());
            assertEquals("Shuangwan Town", entry.townshipEn());
            long plain = chain.tx(em -> chain.registry(em)
                    .register(
                            staff,
                            new CooperativeRegistry.NewCooperative(
                                    "红光镇合作社", "Hongguang Cooperative", "红光镇", null, null, null)));
            assertNull(chain.tx(em -> chain.registry(em).one(staff, plain)).townshipEn());

            RequestRefusedException tooLong = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> chain.registry(em)
                            .register(
                                    staff,
                                    new CooperativeRegistry.NewCooperative(
                                            "某合作社",
                                            "Some Cooperative",
                                            "某镇",
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            "x".repeat(101)))));
            assertEquals(
                    List.of("townshipEn"),
                    tooLong.violations().stream().map(FieldViolation::field).toList());

            // a product's summary: filtered by the recorded name, shown in the page's language
            chain.tx(em -> {
                em.find(Cooperative.class, chain.cooperativeId).nameTownshipInEnglish("Ningyuanpu Town");
                return null;
            });
            CatalogQueries.ProductSummary sachet = chain.tx(
                            em -> chain.catalog(em).product(chain.sachetId))
                    .orElseThrow()
                    .summary();
            assertEquals("宁远堡镇", sachet.township());
            assertEquals("Ningyuanpu Town", sachet.townshipName().in(Locale.ENGLISH));
            assertEquals("宁远堡镇", sachet.townshipName().in(Locale.SIMPLIFIED_CHINESE));
        }
    }
}
