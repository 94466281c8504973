package cn.longyuan.market.application.brokerage;

import static cn.longyuan.market.application.brokerage.BrokerDeskTest.broker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.brokerage.Quote;
import cn.longyuan.market.domain.model.brokerage.QuoteStatus;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuoteServiceTest {

    private static final ShippingAddress SHOP = new ShippingAddress("CN", "甘肃省", "酒泉市", "敦煌市", "鸣山路 9 号", "736200");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aQuoteIsPricedByTheWholesaleTiersAndBecomesAnOrderAtThosePricesOnceMade(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor li = broker(chain, "broker-li");
            Actor manager = new Actor(50, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            chain.tx(em -> quotes(chain, em)
                    .setTiers(
                            manager,
                            chain.sachetId,
                            List.of(
                                    new QuoteService.Tier(200, Money.parse("48.50")),
                                    new QuoteService.Tier(50, Money.parse("55.00")))));

            Quote quote = chain.tx(em -> quotes(chain, em)
                    .create(
                            li,
                            new QuoteService.Request(
                                    new Quote.Customer("敦煌礼品店 陈经理", "139 0000 0000", null),
                                    LocalDate.of(2026, 12, 20),
                                    10,
                                    List.of(
                                            new PlaceOrderCommand.Line(chain.sachetId, 200),
                                            new PlaceOrderCommand.Line(chain.paperCutId, 20)))));
            assertEquals(QuoteStatus.OPEN, quote.status());
            assertEquals(LocalDate.of(2026, 12, 9), quote.validUntil());
            assertEquals(
                    List.of(Money.parse("48.50"), Money.parse("25.50")),
                    quote.lines().stream().map(l -> l.unitPrice()).toList());
            assertEquals(Money.parse("10210.00"), quote.total());

            chain.tx(em -> quotes(chain, em).accept(li, quote.number()));
            // not made yet: the order cannot be placed and the quote stays accepted
            RequestRefusedException notYet = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(
                            em -> quotes(chain, em).placeOrder(li, quote.number(), SHOP, PaymentMethod.BANK_TRANSFER)));
            assertEquals(Reason.OUT_OF_STOCK, notYet.reason());
            assertEquals(
                    QuoteStatus.ACCEPTED,
                    chain.tx(em -> quotes(chain, em).get(li, quote.number())).status());

            chain.produce(chain.sachetId, chain.mainLocationId, 200);
            chain.produce(chain.paperCutId, chain.mainLocationId, 20);
            OrderService.PlacedOrder placed =
                    chain.tx(em -> quotes(chain, em).placeOrder(li, quote.number(), SHOP, PaymentMethod.BANK_TRANSFER));
            assertEquals(Money.parse("10210.00"), placed.order().subtotal());
            assertEquals(
                    List.of(Money.parse("48.50"), Money.parse("25.50")),
                    placed.order().lines().stream().map(l -> l.unitPrice()).toList());
            Quote ordered = chain.tx(em -> quotes(chain, em).get(li, quote.number()));
            assertEquals(QuoteStatus.ORDERED, ordered.status());
            CustomerOrder order = chain.tx(em -> em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                    .setParameter("number", placed.order().number())
                    .getSingleResult());
            assertEquals(li.accountId(), order.brokerId());
            assertEquals(order.id(), ordered.orderId());
            assertEquals("13900000000", order.contact().phone());
            assertEquals(
                    Reason.INVALID_STATE,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> quotes(chain, em)
                                            .placeOrder(li, quote.number(), SHOP, PaymentMethod.BANK_TRANSFER)))
                            .reason());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void quotesAreTheBrokersOwnExpireAndRefuseBadFields(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor li = broker(chain, "broker-li");
            Actor zhao = broker(chain, "broker-zhao");
            Quote quote = chain.tx(em -> quotes(chain, em)
                    .create(
                            li,
                            new QuoteService.Request(
                                    new Quote.Customer("陈经理", "13900000000", "chen@example.cn"),
                                    null,
                                    3,
                                    List.of(new PlaceOrderCommand.Line(chain.sachetId, 5)))));
            assertEquals(Money.parse("68.00"), quote.lines().get(0).unitPrice());

            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> quotes(chain, em).get(zhao, quote.number())))
                            .reason());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> quotes(chain, em).accept(zhao, quote.number())))
                            .reason());
            assertEquals(List.of(), chain.tx(em -> quotes(chain, em).list(zhao)));
            assertEquals(
                    1,
                    chain.tx(em -> quotes(chain, em).list(BrokerDeskTest.federation()))
                            .size());

            chain.clock.advance(Duration.ofDays(4));
            RequestRefusedException expired = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> quotes(chain, em).accept(li, quote.number())));
            assertEquals(Reason.INVALID_STATE, expired.reason());

            RequestRefusedException bad = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> quotes(chain, em)
                            .create(
                                    li,
                                    new QuoteService.Request(
                                            new Quote.Customer("", "123", "not-mail"),
                                            LocalDate.of(2020, 1, 1),
                                            200,
                                            List.of(
                                                    new PlaceOrderCommand.Line(chain.sachetId, 0),
                                                    new PlaceOrderCommand.Line(987654, 1))))));
            assertEquals(
                    List.of(
                            "customer.name",
                            "customer.phone",
                            "customer.email",
                            "wantedBy",
                            "validDays",
                            "lines[0].quantity",
                            "lines[1].productId"),
                    bad.violations().stream().map(FieldViolation::field).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void wholesaleTiersAreBelowTheListPriceAndNeverRiseWithQuantity(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Actor manager = new Actor(50, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            Actor other = new Actor(51, "coop-other", Role.COOP_MANAGER, chain.cooperativeId + 1000);
            RequestRefusedException bad = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> quotes(chain, em)
                            .setTiers(
                                    manager,
                                    chain.sachetId,
                                    List.of(
                                            new QuoteService.Tier(1, Money.parse("60.00")),
                                            new QuoteService.Tier(10, Money.parse("70.00"))))));
            assertEquals(
                    List.of("tiers[0].minQuantity", "tiers[1].unitPrice"),
                    bad.violations().stream().map(FieldViolation::field).toList());
            RequestRefusedException rising = assertThrows(
                    RequestRefusedException.class,
                    () -> chain.tx(em -> quotes(chain, em)
                            .setTiers(
                                    manager,
                                    chain.sachetId,
                                    List.of(
                                            new QuoteService.Tier(100, Money.parse("60.00")),
                                            new QuoteService.Tier(10, Money.parse("50.00"))))));
            assertEquals(
                    List.of("tiers[0].unitPrice"),
                    rising.violations().stream().map(FieldViolation::field).toList());
            assertEquals(
                    Reason.NOT_FOUND,
                    assertThrows(
                                    RequestRefusedException.class,
                                    () -> chain.tx(em -> quotes(chain, em).setTiers(other, chain.sachetId, List.of())))
                            .reason());

            chain.tx(em -> quotes(chain, em)
                    .setTiers(manager, chain.sachetId, List.of(new QuoteService.Tier(10, Money.parse("60.00")))));
            chain.tx(em -> quotes(chain, em)
                    .setTiers(manager, chain.sachetId, List.of(new QuoteService.Tier(20, Money.parse("58.00")))));
            assertEquals(
                    List.of(20),
                    chain.tx(em -> quotes(chain, em).tiers(chain.sachetId)).stream()
                            .map(t -> t.minQuantity())
                            .toList());
        }
    }

    static QuoteService quotes(Chain chain, EntityManager em) {
        return new QuoteService(em, chain.orders(em), chain.clock);
    }
}
