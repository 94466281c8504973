package cn.longyuan.market.application.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.ordering.OrderFulfilment;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.shared.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PartStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * After a refund the cooperative sees what is really left to do (issue 17): a part whose every piece was refunded is
 * REFUNDED, not pending; the pick list (and the packing slip made from it) names only the pieces still sold; packing a
 * refunded order says that it was refunded.
 */
class RefundedOrderIsNoLongerWorkTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPartialRefundLeavesOnlyTheRemainingPiecesToPackAndAFullOneLeavesNoWork(TestDatabase database) {
        try (TestDatabase.Opened db = database.open();
                OnlineShop shop = new OnlineShop(db)) {
            Chain chain = shop.chain;
            Actor manager = new Actor(2, "coop-ningyuan", Role.COOP_MANAGER, chain.cooperativeId);
            chain.produce(chain.sachetId, chain.mainLocationId, 6);
            chain.produce(chain.paperCutId, chain.mainLocationId, 6);
            var placed = chain.placement()
                    .place(
                            Chain.order(
                                    PaymentMethod.BANK_TRANSFER,
                                    Chain.line(chain.sachetId, 3),
                                    Chain.line(chain.paperCutId, 2)),
                            "k-" + System.nanoTime(),
                            "h")
                    .order();
            String number = placed.number();
            chain.tx(em -> chain.backOffice(em)
                    .paymentReceived(
                            manager, number, placed.total(), PaymentMethod.BANK_TRANSFER, LocalDate.of(2026, 11, 29)));
            assertEquals(List.of("窗花剪纸 2 SOLD", "端午香包 3 SOLD"), picks(chain, manager, number));

            // one sachet and every paper-cut refunded: two sachets are still to pack
            chain.tx(em -> shop.refunds(em)
                    .refundChosen(
                            manager,
                            number,
                            List.of(new Refunds.Request(1, null, 1, true), new Refunds.Request(2, null, 2, true)),
                            "two paper-cuts and a sachet not wanted"));
            assertEquals(List.of("端午香包 2 SOLD"), picks(chain, manager, number));
            assertEquals(PartStatus.PENDING, partStatus(chain, number));
            assertTrue(pendingParts(chain, manager).contains(number));

            chain.tx(em -> shop.refunds(em)
                    .refundChosen(
                            manager,
                            number,
                            List.of(new Refunds.Request(1, null, 2, false)),
                            "the buyer changed her mind"));
            assertEquals(OrderStatus.REFUNDED, shop.order(number).status());
            assertEquals(PartStatus.REFUNDED, partStatus(chain, number));
            assertEquals(List.of(), picks(chain, manager, number), "no refunded piece is listed as sold");
            assertTrue(!pendingParts(chain, manager).contains(number), "a refunded part is no longer pending work");
            assertTrue(
                    fulfilment(chain, f -> f.parts(manager, PartStatus.REFUNDED, number, true, 0, 10)).items().stream()
                            .anyMatch(r -> r.orderNumber().equals(number)));

            RequestRefusedException pack =
                    assertThrows(RequestRefusedException.class, () -> fulfilment(chain, f -> f.pack(manager, number)));
            assertEquals(Reason.INVALID_STATE, pack.reason());
            assertTrue(pack.getMessage().contains("was refunded: there is nothing to pack"), pack.getMessage());
            shop.assertLedgerMatchesLevels();
        }
    }

    private static <T> T fulfilment(Chain chain, Function<OrderFulfilment, T> work) {
        return chain.tx(em -> work.apply(new OrderFulfilment(em, chain.stock(em), null, chain.clock, chain.printer)));
    }

    private static List<String> picks(Chain chain, Actor actor, String number) {
        return fulfilment(chain, f -> f.pickList(actor, number)).stream()
                .map(p -> p.productName() + " " + p.quantity() + " " + p.status())
                .sorted()
                .toList();
    }

    private static PartStatus partStatus(Chain chain, String number) {
        return chain.tx(
                em -> em.createQuery("select p.status from OrderPart p where p.order.number = :n", PartStatus.class)
                        .setParameter("n", number)
                        .getSingleResult());
    }

    private static List<String> pendingParts(Chain chain, Actor manager) {
        return fulfilment(chain, f -> f.parts(manager, PartStatus.PENDING, null, true, 0, 100)).items().stream()
                .map(OrderFulfilment.PartRow::orderNumber)
                .toList();
    }
}
