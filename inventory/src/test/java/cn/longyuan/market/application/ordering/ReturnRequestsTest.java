package cn.longyuan.market.application.ordering;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.payment.Refunds;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.ordering.ReturnRequest;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A buyer asks to send back delivered pieces; the line's cooperative accepts (the back office's refund of those
 * pieces: stock and income taken back) or declines with a reason she reads. Windows, quantities and who decides.
 */
class ReturnRequestsTest {

    private static final Actor FEDERATION = new Actor(1, "federation", Role.FEDERATION, null);

    record Delivered(String number, String token, long orderId) {}

    static ReturnRequests returns(Chain chain, EntityManager em) {
        // bank-transfer orders only: the refund records the money and never calls a provider
        return new ReturnRequests(
                em,
                new Refunds(em, chain.stock(em), null, chain.clock, new IncomeLedger(em, chain.clock)),
                chain.clock);
    }

    static Actor manager(Chain chain) {
        return new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
    }

    /** Two sachets paid by bank transfer, their income written, shipped and (when asked) delivered. */
    static Delivered delivered(Chain chain, boolean deliver) {
        chain.produce(chain.sachetId, chain.mainLocationId, 5);
        var placed = chain.placement()
                .place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)), "k-" + System.nanoTime(), "h");
        String number = placed.order().number();
        Actor manager = manager(chain);
        long orderId = chain.tx(em -> {
            var o = chain.backOffice(em)
                    .paymentReceived(
                            manager,
                            number,
                            placed.order().total(),
                            PaymentMethod.BANK_TRANSFER,
                            LocalDate.of(2026, 11, 29));
            // the container's event writes the sale's income when the pieces are sold; here the ledger is called as it
            // would be
            new IncomeLedger(em, chain.clock).recordSale(o.id(), chain.sachetId, chain.mainLocationId, 2, "test");
            return o.id();
        });
        if (deliver) {
            chain.tx(em -> chain.backOffice(em).ship(manager, number, "顺丰速运", "SF1"));
            chain.tx(em -> new OrderDeliveries(em, chain.clock).confirmDelivered(manager, number, null));
        }
        return new Delivered(number, placed.accessToken(), orderId);
    }

    private static RequestRefusedException refused(Supplier<?> call) {
        return assertThrows(RequestRefusedException.class, call::get);
    }

    private static List<String> fields(RequestRefusedException e) {
        return e.violations().stream().map(FieldViolation::field).sorted().toList();
    }

    static long count(Chain chain, String sql, long orderId) {
        return chain.tx(em ->
                ((Number) em.createNativeQuery(sql).setParameter(1, orderId).getSingleResult()).longValue());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDeliveredPieceAskedBackAndAcceptedIsRefundedWithItsIncomeTakenBack(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Delivered o = delivered(chain, true);
            var ask = new ReturnRequests.Ask(1, 1, "DAMAGED", "一角开线了");
            int onHand = onHand(chain);

            var requested = chain.tx(em -> returns(chain, em).requestForToken(o.number(), o.token(), ask));
            var again = chain.tx(em -> returns(chain, em).requestForToken(o.number(), o.token(), ask));
            assertEquals(requested.id(), again.id(), "the same request again is the open one");
            assertEquals(ReturnRequest.Status.REQUESTED, requested.status());
            assertEquals(
                    Reason.INVALID_STATE,
                    refused(() -> chain.tx(em -> returns(chain, em)
                                    .requestForToken(
                                            o.number(), o.token(), new ReturnRequests.Ask(1, 2, "WRONG_ITEM", null))))
                            .reason(),
                    "one open request per line");
            assertTrue(
                    chain.tx(em -> returns(chain, em).returnableForToken(o.number(), o.token()))
                            .isEmpty(),
                    "while it is open the line offers no second request");
            assertEquals(
                    List.of(requested.id()),
                    chain.tx(em -> returns(chain, em).open(manager(chain))).stream()
                            .map(ReturnRequests.Row::id)
                            .toList());

            var accepted = chain.tx(em -> returns(chain, em).accept(manager(chain), requested.id(), true));
            assertEquals(ReturnRequest.Status.ACCEPTED, accepted.status());
            assertEquals(1, accepted.refundSeq());
            assertEquals(
                    accepted,
                    chain.tx(em -> returns(chain, em).accept(manager(chain), requested.id(), true)),
                    "accepting again changes nothing");
            assertEquals(1, count(chain, "select count(*) from refund where order_id = ?1", o.orderId()), "one refund");
            assertEquals(
                    6800,
                    count(chain, "select amount_fen from refund where order_id = ?1", o.orderId()),
                    "the price of the one piece sent back");
            long sold = count(
                    chain,
                    "select coalesce(sum(artisan_fen), 0) from income_entry where kind = 'SALE' and order_id = ?1",
                    o.orderId());
            long reversed = count(
                    chain,
                    "select coalesce(sum(artisan_fen), 0) from income_entry where kind = 'REVERSAL' and order_id = ?1",
                    o.orderId());
            assertTrue(
                    reversed > 0 && reversed * 2 == sold,
                    "half the artisan's share is taken back: " + reversed + " of " + sold);
            assertEquals(onHand + 1, onHand(chain), "the piece is back in stock");
            assertTrue(chain.tx(em -> returns(chain, em).open(manager(chain))).isEmpty());

            var left = chain.tx(em -> returns(chain, em).returnableForToken(o.number(), o.token()));
            assertEquals(1, left.size());
            assertEquals(1, left.get(0).pieces(), "one piece is left to ask for");
            RequestRefusedException tooMany = refused(() -> chain.tx(em -> returns(chain, em)
                    .requestForToken(o.number(), o.token(), new ReturnRequests.Ask(1, 2, "CHANGED_MIND", null))));
            assertEquals(Reason.INVALID_STATE, tooMany.reason());
            assertEquals(List.of("quantity"), fields(tooMany));
            assertEquals(
                    List.of(ReturnRequest.Status.ACCEPTED),
                    chain.tx(em -> returns(chain, em).ofOrderForToken(o.number(), o.token())).stream()
                            .map(ReturnRequests.Row::status)
                            .toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void wrongFieldsAnUndeliveredOrderAndAPassedWindowAreRefused(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Delivered paid = delivered(chain, false);
            assertEquals(
                    Reason.INVALID_STATE,
                    refused(() -> chain.tx(em -> returns(chain, em)
                                    .requestForToken(
                                            paid.number(),
                                            paid.token(),
                                            new ReturnRequests.Ask(1, 1, "DAMAGED", null))))
                            .reason(),
                    "not delivered yet");
            assertEquals(
                    Reason.NOT_FOUND,
                    refused(() -> chain.tx(em -> returns(chain, em)
                                    .requestForToken(
                                            paid.number(),
                                            "not-the-token",
                                            new ReturnRequests.Ask(1, 1, "DAMAGED", null))))
                            .reason());

            Delivered o = delivered(chain, true);
            RequestRefusedException wrong = refused(() -> chain.tx(em -> returns(chain, em)
                    .requestForToken(o.number(), o.token(), new ReturnRequests.Ask(9, 0, "BROKEN", "a\u0000b"))));
            assertEquals(Reason.VALIDATION, wrong.reason());
            assertEquals(List.of("lineId", "note", "quantity", "reason"), fields(wrong));
            RequestRefusedException noWords = refused(() -> chain.tx(em -> returns(chain, em)
                    .requestForToken(o.number(), o.token(), new ReturnRequests.Ask(1, 1, "OTHER", " "))));
            assertEquals(List.of("note"), fields(noWords), "another reason is said in words");
            RequestRefusedException tooLong = refused(() -> chain.tx(em -> returns(chain, em)
                    .requestForToken(
                            o.number(),
                            o.token(),
                            new ReturnRequests.Ask(null, null, null, "长".repeat(ReturnRequest.MAX_NOTE + 1)))));
            assertEquals(List.of("lineId", "note", "quantity", "reason"), fields(tooLong));
            RequestRefusedException tooMany = refused(() -> chain.tx(em -> returns(chain, em)
                    .requestForToken(o.number(), o.token(), new ReturnRequests.Ask(1, 3, "CHANGED_MIND", null))));
            assertEquals(Reason.INVALID_STATE, tooMany.reason());
            assertEquals(List.of("quantity"), fields(tooMany));

            // the window ends with the seventh market day after the delivery was confirmed
            chain.clock.advance(Duration.ofDays(ReturnRequest.WINDOW_DAYS + 1));
            assertTrue(chain.tx(em -> returns(chain, em).returnableForToken(o.number(), o.token()))
                    .isEmpty());
            assertEquals(
                    Reason.INVALID_STATE,
                    refused(() -> chain.tx(em -> returns(chain, em)
                                    .requestForToken(
                                            o.number(), o.token(), new ReturnRequests.Ask(1, 1, "DAMAGED", null))))
                            .reason(),
                    "too late");
            assertTrue(
                    chain.tx(em -> returns(chain, em).ofOrderForToken(o.number(), o.token()))
                            .isEmpty(),
                    "nothing refused was written");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyTheLinesCooperativeDecidesAndADeclineSaysWhy(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Delivered o = delivered(chain, true);
            var requested = chain.tx(em -> returns(chain, em)
                    .requestForToken(o.number(), o.token(), new ReturnRequests.Ask(1, 2, "NOT_AS_DESCRIBED", "颜色不一样")));
            Actor other = new Actor(3, "coop-shuangwan", Role.COOP_MANAGER, chain.cooperativeId + 999);
            Actor broker = new Actor(4, "broker-li", Role.BROKER, null);

            for (Actor stranger : List.of(other, broker)) {
                assertEquals(
                        Reason.NOT_FOUND,
                        refused(() -> chain.tx(em -> returns(chain, em).accept(stranger, requested.id(), true)))
                                .reason(),
                        stranger.username());
                assertEquals(
                        Reason.NOT_FOUND,
                        refused(() -> chain.tx(em -> returns(chain, em).decline(stranger, requested.id(), "no")))
                                .reason(),
                        stranger.username());
                assertTrue(chain.tx(em -> returns(chain, em).open(stranger)).isEmpty(), stranger.username());
            }
            assertEquals(1, chain.tx(em -> returns(chain, em).open(FEDERATION)).size(), "staff see every open request");
            assertEquals(
                    List.of("reason"),
                    fields(refused(
                            () -> chain.tx(em -> returns(chain, em).decline(manager(chain), requested.id(), "  ")))));

            var declined = chain.tx(em -> returns(chain, em).decline(manager(chain), requested.id(), "颜色与照片一致"));
            assertEquals(ReturnRequest.Status.DECLINED, declined.status());
            var seen = chain.tx(em -> returns(chain, em).ofOrderForToken(o.number(), o.token()));
            assertEquals("颜色与照片一致", seen.get(0).declineReason(), "the buyer reads why");
            assertEquals(
                    Reason.INVALID_STATE,
                    refused(() -> chain.tx(em -> returns(chain, em).accept(manager(chain), requested.id(), true)))
                            .reason(),
                    "a declined request is not refunded");
            assertEquals(0, count(chain, "select count(*) from refund where order_id = ?1", o.orderId()));

            var second = chain.tx(em -> returns(chain, em)
                    .requestForToken(o.number(), o.token(), new ReturnRequests.Ask(1, 1, "DAMAGED", null)));
            assertTrue(second.id() != requested.id(), "after a decision the line may be asked for again");
            assertEquals(
                    ReturnRequest.Status.ACCEPTED,
                    chain.tx(em -> returns(chain, em).accept(FEDERATION, second.id(), false))
                            .status());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRegisteredBuyerAsksForHerOwnOrderOnlyWithoutTheToken(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            Delivered o = delivered(chain, true);
            long[] buyers = chain.tx(em -> {
                var hers = new cn.longyuan.market.domain.model.cooperative.Account(
                        "wang@example.cn", "x", Role.BUYER, null, "王芳", chain.clock.instant());
                var other = new cn.longyuan.market.domain.model.cooperative.Account(
                        "li@example.cn", "x", Role.BUYER, null, "李梅", chain.clock.instant());
                em.persist(hers);
                em.persist(other);
                em.flush();
                em.find(cn.longyuan.market.domain.model.ordering.CustomerOrder.class, o.orderId())
                        .placedFrom(hers.id(), "zh");
                return new long[] {hers.id(), other.id()};
            });
            var ask = new ReturnRequests.Ask(1, 1, "WRONG_ITEM", null);

            assertEquals(
                    Reason.NOT_FOUND,
                    refused(() -> chain.tx(em -> returns(chain, em).requestForBuyer(buyers[1], o.number(), ask)))
                            .reason(),
                    "another buyer's order");
            assertTrue(chain.tx(em -> returns(chain, em).ofOrderForBuyer(buyers[1], o.number()))
                    .isEmpty());
            assertEquals(
                    1,
                    chain.tx(em -> returns(chain, em).returnableForBuyer(buyers[0], o.number()))
                            .size());
            var requested = chain.tx(em -> returns(chain, em).requestForBuyer(buyers[0], o.number(), ask));
            assertEquals(
                    List.of(requested.id()),
                    chain.tx(em -> returns(chain, em).ofOrderForBuyer(buyers[0], o.number())).stream()
                            .map(ReturnRequests.Row::id)
                            .toList());
            assertEquals(
                    List.of(requested.id()),
                    chain.tx(em -> returns(chain, em).ofOrderForToken(o.number(), o.token())).stream()
                            .map(ReturnRequests.Row::id)
                            .toList(),
                    "the same request, whichever way she opens the order");
        }
    }

    private static int onHand(Chain chain) {
        return chain.tx(em -> chain.stock(em).levelsOf(chain.sachetId).stream()
                .mapToInt(l -> l.onHand())
                .sum());
    }
}
