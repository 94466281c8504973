package cn.longyuan.market.application.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.buyer.BuyerRequest;
import cn.longyuan.market.domain.model.buyer.BuyerRequest.Kind;
import cn.longyuan.market.domain.model.catalog.Craft;
import cn.longyuan.market.domain.model.catalog.Product;
import cn.longyuan.market.domain.model.cooperative.Cooperative;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A buyer asks for a piece none of which is in stock; its cooperative (and federation staff) read and answer it. */
class BuyerRequestsTest {

    // the chain's clock stands at 2026-11-29 10:00 in China
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMadeToOrderRequestTellsTheLeadTimeAndReachesItsCooperativeOnly(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long otherProduct = otherCooperativesProduct(chain);
            chain.db.run(em -> em.find(Cooperative.class, chain.cooperativeId).setLeadTimeDays(10));

            BuyerRequests.LeadTime lead = chain.tx(em -> requests(chain, em).leadTime(chain.sachetId));
            assertEquals(10, lead.days());
            assertEquals(TODAY.plusDays(10), lead.earliest());

            long id = chain.tx(em -> requests(chain, em)
                    .ask(
                            chain.sachetId,
                            new BuyerRequests.Ask(
                                    Kind.MADE_TO_ORDER,
                                    12,
                                    TODAY.plusDays(10),
                                    " 王女士 ",
                                    "139 0000 1234",
                                    "",
                                    "端午前要，绣上名字",
                                    "zh")));
            chain.tx(em -> requests(chain, em)
                    .ask(
                            otherProduct,
                            new BuyerRequests.Ask(
                                    Kind.BACK_IN_STOCK,
                                    99,
                                    TODAY.minusDays(3),
                                    "Ms Li",
                                    null,
                                    "li@example.com",
                                    null,
                                    "en")));

            Actor ningyuan = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            List<BuyerRequests.Row> hers = chain.tx(em -> requests(chain, em).requests(ningyuan, false));
            assertEquals(1, hers.size(), "another cooperative's request is not hers");
            BuyerRequests.Row row = hers.get(0);
            assertEquals(id, row.id());
            assertEquals(Kind.MADE_TO_ORDER, row.kind());
            assertEquals(12, row.quantity());
            assertEquals(TODAY.plusDays(10), row.wishedBy());
            assertEquals("王女士", row.name());
            assertEquals("13900001234", row.phone());
            assertNull(row.email(), "a blank e-mail address is none");
            assertEquals("端午香包", row.product().zh());
            assertEquals(BuyerRequest.Status.OPEN, row.status());

            Actor federation = new Actor(1, "federation", Role.FEDERATION, null);
            List<BuyerRequests.Row> all = chain.tx(em -> requests(chain, em).requests(federation, false));
            assertEquals(2, all.size());
            BuyerRequests.Row back = all.stream()
                    .filter(r -> r.kind() == Kind.BACK_IN_STOCK)
                    .findFirst()
                    .orElseThrow();
            assertNull(back.quantity(), "a word when it is back has no quantity");
            assertNull(back.wishedBy());
            assertEquals("en", back.language());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyWrongFieldIsSaidAtOnceAndNothingIsKept(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            RequestRefusedException refused = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> requests(chain, em)
                            .ask(
                                    chain.sachetId,
                                    new BuyerRequests.Ask(
                                            Kind.MADE_TO_ORDER,
                                            0,
                                            TODAY.plusDays(5),
                                            "\u200b\u200b",
                                            "12345",
                                            "not-an-address",
                                            "x".repeat(1001),
                                            "zh"))));
            assertEquals(Reason.VALIDATION, refused.reason());
            assertEquals(
                    List.of("quantity", "wishedBy", "name", "phone", "email", "note"),
                    refused.violations().stream().map(FieldViolation::field).toList());
            assertEquals(
                    "the cooperative needs 21 days: the earliest is 2026-12-20",
                    refused.violations().get(1).message());

            RequestRefusedException noContact = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> requests(chain, em)
                            .ask(
                                    chain.sachetId,
                                    new BuyerRequests.Ask(
                                            Kind.BACK_IN_STOCK, null, null, "王女士", " ", null, null, "zh"))));
            assertEquals(
                    List.of("phone"),
                    noContact.violations().stream().map(FieldViolation::field).toList());
            assertEquals(
                    List.of("kind"),
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> requests(chain, em)
                                            .ask(
                                                    chain.sachetId,
                                                    new BuyerRequests.Ask(
                                                            null, 1, null, "王女士", "13900001234", null, null, "zh"))))
                            .violations()
                            .stream()
                            .map(FieldViolation::field)
                            .toList());
            chain.db.run(em -> em.find(Product.class, chain.paperCutId).unpublish());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> requests(chain, em)
                                            .ask(
                                                    chain.paperCutId,
                                                    new BuyerRequests.Ask(
                                                            Kind.BACK_IN_STOCK,
                                                            null,
                                                            null,
                                                            "王女士",
                                                            "13900001234",
                                                            null,
                                                            null,
                                                            "zh"))))
                            .reason(),
                    "a product off sale takes no request");

            long kept = chain.tx(em -> em.createQuery("select count(r) from BuyerRequest r", Long.class)
                    .getSingleResult());
            assertEquals(0, kept);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRequestIsAnsweredByItsCooperativeOrStaffAndNotByAnotherCooperativeOrABroker(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            long otherProduct = otherCooperativesProduct(chain);
            long otherCooperative = chain.tx(
                    em -> em.find(Product.class, otherProduct).cooperative().id());
            long id = chain.tx(em -> requests(chain, em)
                    .ask(
                            chain.sachetId,
                            new BuyerRequests.Ask(
                                    Kind.BACK_IN_STOCK, null, null, "王女士", null, "wang@example.com", null, "zh")));
            Actor other = new Actor(3, "coop-shuangwan", Role.COOP_MANAGER, otherCooperative);
            Actor broker = new Actor(4, "broker-li", Role.BROKER, null);
            Actor ningyuan = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);

            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> {
                                        requests(chain, em).answer(other, id);
                                        return null;
                                    }))
                            .reason());
            assertEquals(
                    Reason.FORBIDDEN,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> requests(chain, em).requests(broker, true)))
                            .reason());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> {
                                        requests(chain, em).answer(ningyuan, id + 1000);
                                        return null;
                                    }))
                            .reason());
            assertEquals(
                    BuyerRequest.Status.OPEN,
                    chain.tx(em -> em.find(BuyerRequest.class, id).status()));

            chain.tx(em -> {
                requests(chain, em).answer(ningyuan, id);
                return null;
            });
            assertEquals(
                    List.of(),
                    chain.tx(em -> requests(chain, em).requests(ningyuan, false)),
                    "answered: no longer open");
            BuyerRequests.Row answered =
                    chain.tx(em -> requests(chain, em).requests(ningyuan, true)).get(0);
            assertEquals(BuyerRequest.Status.ANSWERED, answered.status());
            assertEquals("coop-ningyuan", answered.answeredBy());
        }
    }

    private static BuyerRequests requests(Chain chain, jakarta.persistence.EntityManager em) {
        return new BuyerRequests(em, chain.clock);
    }

    private static long otherCooperativesProduct(Chain chain) {
        return chain.tx(em -> {
            Cooperative coop = new Cooperative(new BilingualText("双湾镇合作社", "Shuangwan Cooperative"), "双湾镇", null);
            em.persist(coop);
            Product product = new Product(
                    coop,
                    em.find(Craft.class, "sachet"),
                    new BilingualText("五毒香包", "Five-poison sachet"),
                    new BilingualText("香包", "A sachet"),
                    Money.parse("58.00"),
                    null,
                    chain.clock.instant());
            product.publish();
            em.persist(product);
            em.flush();
            return product.id();
        });
    }
}
