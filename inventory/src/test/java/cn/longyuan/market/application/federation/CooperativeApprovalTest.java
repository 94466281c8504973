package cn.longyuan.market.application.federation;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.search.SearchableProducts;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Federation staff register, approve and suspend cooperatives; only an approved cooperative's products are on sale. */
class CooperativeApprovalTest {

    private static final Actor FEDERATION = new Actor(9, "federation", Role.FEDERATION, null);
    /** Four eyes: another member of staff approves what one registered. */
    private static final Actor SECOND_STAFF = new Actor(10, "federation-2", Role.FEDERATION, null);

    private static <T> T registry(Chain chain, Function<CooperativeRegistry, T> work) {
        return chain.tx(em -> work.apply(chain.registry(em)));
    }

    private static long listed(Chain chain) {
        return chain.tx(
                em -> chain.catalog(em).products(null, null, null, 0, 100).total());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSuspendedCooperativesProductsAreNeitherListedNorSearchableNorSoldUntilApprovedAgain(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            assertEquals(2, listed(chain));
            assertEquals(
                    Cooperative.Status.APPROVED,
                    registry(chain, r -> r.one(FEDERATION, chain.cooperativeId)).status());

            CooperativeRegistry.Entry suspended =
                    registry(chain, r -> r.suspend(FEDERATION, chain.cooperativeId, null));
            assertEquals(Cooperative.Status.SUSPENDED, suspended.status());
            assertEquals("federation", suspended.statusChangedBy());

            assertEquals(0, listed(chain));
            assertTrue(chain.tx(em -> chain.catalog(em).product(chain.sachetId)).isEmpty());
            assertTrue(chain.tx(em -> chain.catalog(em).listedCrafts()).isEmpty());
            assertTrue(chain.tx(em -> new SearchableProducts(em, chain.stock(em)).all())
                    .isEmpty());
            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.placement()
                            .place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1)), "k-suspended", "h"));
            assertEquals("lines[0].productId", refused.violations().get(0).field());

            registry(chain, r -> r.approve(FEDERATION, chain.cooperativeId, suspended.version()));
            assertEquals(2, listed(chain));
            assertFalse(
                    chain.tx(em -> chain.catalog(em).product(chain.sachetId)).isEmpty());
            chain.placement().place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 1)), "k-approved", "h");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRegisteredCooperativeWaitsForApprovalAndOnlyFederationStaffKeepTheRegister(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long id = registry(
                    chain,
                    r -> r.register(
                            FEDERATION,
                            new CooperativeRegistry.NewCooperative(
                                    "双湾镇剪纸合作社",
                                    "Shuangwan Paper-cut Cooperative",
                                    "双湾镇",
                                    null,
                                    null,
                                    "双湾镇文化站",
                                    "coop-jianzhi",
                                    "剪纸合作社负责人")));
            CooperativeRegistry.Entry entry = registry(chain, r -> r.one(FEDERATION, id));
            assertEquals(Cooperative.Status.PENDING, entry.status());
            // the English name is optional: a cooperative registered without one is named in Chinese in English
            long chineseOnly = registry(
                    chain,
                    r -> r.register(
                            FEDERATION,
                            new CooperativeRegistry.NewCooperative("红柳村刺绣合作社", null, "红柳村", null, null, null)));
            BilingualText named =
                    registry(chain, r -> r.one(FEDERATION, chineseOnly)).name();
            assertEquals(null, named.en());
            assertEquals("红柳村刺绣合作社", named.in(java.util.Locale.ENGLISH));
            assertEquals(0, entry.members());
            assertEquals(1L, (long) chain.tx(em -> em.createQuery(
                            "select count(l) from Location l where l.cooperative.id = :c and l.main = true", Long.class)
                    .setParameter("c", id)
                    .getSingleResult()));

            Actor manager = new Actor(1, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            assertEquals(
                    RequestRefusedException.Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> registry(chain, r -> r.approve(manager, id, null)))
                            .reason());
            assertEquals(
                    RequestRefusedException.Reason.FORBIDDEN,
                    assertThrows(RequestRefusedException.class, () -> registry(chain, r -> r.all(manager)))
                            .reason());
            assertEquals(
                    RequestRefusedException.Reason.VALIDATION,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> registry(
                                            chain,
                                            r -> r.register(
                                                    FEDERATION,
                                                    new CooperativeRegistry.NewCooperative(
                                                            " ", "x", "", null, null, null))))
                            .reason());
            assertEquals(
                    RequestRefusedException.Reason.INVALID_STATE,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> registry(chain, r -> r.approve(SECOND_STAFF, id, entry.version() + 7)))
                            .reason());

            assertEquals(
                    Cooperative.Status.APPROVED,
                    registry(chain, r -> r.approve(SECOND_STAFF, id, entry.version()))
                            .cooperative()
                            .status());
            assertEquals(
                    RequestRefusedException.Reason.INVALID_STATE,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> registry(chain, r -> r.approve(SECOND_STAFF, id, null)))
                            .reason());
            assertEquals(
                    RequestRefusedException.Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> registry(chain, r -> r.suspend(FEDERATION, 999_999, null)))
                            .reason());
        }
    }
}
