package cn.longyuan.market.application.payment;

import cn.longyuan.market.application.ordering.OrderPlacement;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.payment.Payment;
import cn.longyuan.market.infrastructure.payment.stripe.StripeGateway;
import cn.longyuan.market.infrastructure.payment.stripe.StripeSettings;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.FakeStripe;
import cn.longyuan.market.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The chain of {@link Chain} with online payment: a {@link StripeGateway} pointed at a {@link FakeStripe}
 * (short timeouts), and the payment services built as the container builds them, each call its own transaction.
 */
final class OnlineShop implements AutoCloseable {

    final Chain chain;
    final FakeStripe stripe = new FakeStripe();
    final StripeGateway gateway;
    static final Actor FEDERATION = new Actor(1, "federation", Role.FEDERATION, null);

    OnlineShop(TestDatabase.Opened db) {
        chain = new Chain(db);
        gateway = new StripeGateway(
                new StripeSettings(
                        Optional.of("sk_test_x"),
                        Optional.of("pk_test_x"),
                        Optional.of(FakeStripe.WEBHOOK_SECRET),
                        Optional.of(stripe.baseUrl()),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1)),
                chain.clock);
    }

    OnlinePayments payments(jakarta.persistence.EntityManager em) {
        return new OnlinePayments(em, gateway, chain.clock);
    }

    PaymentEvents events(jakarta.persistence.EntityManager em) {
        return new PaymentEvents(em, chain.stock(em), gateway, chain.clock);
    }

    /** Refunds that take back the makers' income of refunded pieces (none is kept where stock was sold unheard). */
    Refunds refunds(jakarta.persistence.EntityManager em) {
        return new Refunds(
                em,
                chain.stock(em),
                gateway,
                chain.clock,
                new cn.longyuan.market.application.income.IncomeLedger(em, chain.clock));
    }

    /** Online payments over transactions of their own, as the container's proxy gives them. */
    OnlinePayments payments() {
        return new OnlinePayments(null, gateway, chain.clock) {
            @Override
            public PaymentForm prepare(String number) {
                return chain.tx(em -> payments(em).prepare(number));
            }

            @Override
            public Optional<PaymentForm> formOf(String number) {
                return chain.tx(em -> payments(em).formOf(number));
            }

            @Override
            public boolean isOffered() {
                return gateway.isAvailable();
            }
        };
    }

    OrderPlacement placement() {
        return placement(gateway);
    }

    OrderPlacement placement(PaymentGateway withGateway) {
        return chain.placement(withGateway);
    }

    WebhookReceiver webhooks() {
        return new WebhookReceiver(gateway, new PaymentEvents(null, null, gateway, chain.clock) {
            @Override
            public Outcome apply(PaymentGateway.WebhookEvent event) {
                return chain.tx(em -> events(em).apply(event));
            }

            @Override
            public boolean isRecorded(String eventId) {
                return chain.tx(em -> events(em).isRecorded(eventId));
            }
        });
    }

    /** Places a STRIPE order of some sachets (stock produced first) and answers it. */
    OrderService.PlacedOrder placeStripeOrder(int sachets) {
        return placement()
                .place(
                        Chain.order(PaymentMethod.STRIPE, Chain.line(chain.sachetId, sachets)),
                        "key-" + System.nanoTime(),
                        "hash");
    }

    CustomerOrder order(String number) {
        return chain.tx(em -> {
            CustomerOrder o = em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                    .setParameter("number", number)
                    .getSingleResult();
            o.history().size();
            o.lines().size();
            return o;
        });
    }

    Payment payment(String number) {
        return chain.tx(em -> em.createNamedQuery(Payment.OF_ORDER, Payment.class)
                .setParameter("order", order(number).id())
                .getSingleResult());
    }

    long eventCount() {
        return chain.tx(em -> ((Number) em.createNativeQuery("select count(*) from payment_event")
                        .getSingleResult())
                .longValue());
    }

    int available() {
        return chain.tx(
                em -> chain.stock(em).availableOf(List.of(chain.sachetId)).get(chain.sachetId));
    }

    int onHand() {
        return chain.tx(em -> chain.stock(em).levelsOf(chain.sachetId).stream()
                .mapToInt(l -> l.onHand())
                .sum());
    }

    /** Signs a body as Stripe would, now by the chain's clock. */
    String signNow(String payload) {
        return FakeStripe.sign(payload, chain.clock.instant().getEpochSecond(), FakeStripe.WEBHOOK_SECRET);
    }

    WebhookReceiver.Result deliver(String eventId, String type, String number) {
        Payment p = payment(number);
        String payload = FakeStripe.intentEvent(
                eventId,
                type,
                p.providerRef(),
                p.amount().fen(),
                "cny",
                number,
                type.endsWith("succeeded")
                        ? "succeeded"
                        : type.endsWith("canceled") ? "canceled" : "requires_payment_method");
        return webhooks().receive(payload, signNow(payload));
    }

    void assertLedgerMatchesLevels() {
        chain.tx(em -> {
            org.junit.jupiter.api.Assertions.assertEquals(
                    chain.stock(em).allLevels(),
                    chain.stock(em).levelsFromLedger().stream()
                            .filter(l -> l.onHand() != 0 || l.reserved() != 0)
                            .toList(),
                    "stock levels equal the ledger's sums");
            return null;
        });
    }

    @Override
    public void close() {
        stripe.close();
    }
}
