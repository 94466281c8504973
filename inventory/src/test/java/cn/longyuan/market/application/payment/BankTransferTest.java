package cn.longyuan.market.application.payment;

import static cn.longyuan.market.testing.Chain.line;
import static cn.longyuan.market.testing.Chain.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.application.ordering.OrderMails;
import cn.longyuan.market.application.ordering.OrderService;
import cn.longyuan.market.application.ordering.OrderView;
import cn.longyuan.market.application.ordering.ReservationPolicy;
import cn.longyuan.market.application.shared.MailMessage;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.testing.Chain;
import cn.longyuan.market.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bank transfer can be paid: the buyer is told whom to pay, how much and with which note, and her order holds
 * its pieces long enough for a transfer to arrive (BANK_TRANSFER_RESERVATION_TTL), while an online payment keeps
 * the short RESERVATION_TTL.
 */
class BankTransferTest {

    private static final Duration ONLINE = Duration.ofMinutes(30);
    private static final Duration TRANSFER = Duration.ofHours(48);
    private static final BankTransferPayee.Details PAYEE =
            new BankTransferPayee.Details("金川区妇女联合会", "中国农业银行金昌分行", "6228 4800 1234 5678 901");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBankTransferHoldsItsPiecesForItsOwnTimeAndThenExpires(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            var placed = chain.tx(em ->
                    orders(chain, em).place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)), "bt-1", "h"));
            assertEquals(chain.clock.instant().plus(TRANSFER), placed.order().expiresAt());

            // long past the online payment's half hour, the transfer still holds its pieces
            chain.clock.advance(ONLINE.plusHours(1));
            assertEquals(List.of(), chain.tx(em -> orders(chain, em).overdueOrderIds(chain.clock.instant(), 10)));
            assertEquals(1, available(chain));

            chain.clock.advance(TRANSFER);
            List<Long> overdue = chain.tx(em -> orders(chain, em).overdueOrderIds(chain.clock.instant(), 10));
            assertEquals(1, overdue.size());
            boolean expired = chain.tx(em -> orders(chain, em).expireIfOverdue(overdue.get(0)));
            assertTrue(expired);
            OrderView after = chain.tx(
                            em -> orders(chain, em).findForToken(placed.order().number(), placed.accessToken()))
                    .orElseThrow();
            assertEquals(OrderStatus.EXPIRED, after.status());
            assertEquals(3, available(chain));
        }
    }

    @Test
    void eachWayOfPayingHasItsHoldTime() {
        ReservationPolicy policy = new ReservationPolicy("PT30M", "PT48H");
        assertEquals(ONLINE, policy.ttlFor(PaymentMethod.STRIPE));
        assertEquals(TRANSFER, policy.ttlFor(PaymentMethod.BANK_TRANSFER));
    }

    @Test
    void thePayeeIsAllThreeDetailsOrNoneAndTheDemoHasOne() {
        assertEquals(
                Optional.of(PAYEE),
                new BankTransferPayee(
                                Optional.of(PAYEE.accountHolder()),
                                Optional.of(PAYEE.bank()),
                                Optional.of(PAYEE.accountNumber()),
                                false)
                        .details());
        assertTrue(
                new BankTransferPayee(Optional.of("金川区妇联"), Optional.empty(), Optional.empty(), true)
                        .details()
                        .isEmpty(),
                "a payee without bank and account is no payee, demo or not");
        assertTrue(new BankTransferPayee(Optional.empty(), Optional.empty(), Optional.empty(), false)
                .details()
                .isEmpty());
        assertEquals(
                Optional.of(BankTransferPayee.DEMO),
                new BankTransferPayee(Optional.empty(), Optional.empty(), Optional.empty(), true).details());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theConfirmationMailSaysWhomToPayHowMuchWithWhichNoteAndByWhen(TestDatabase database) {
        try (TestDatabase.Opened db = database.open()) {
            Chain chain = new Chain(db);
            chain.produce(chain.sachetId, chain.mainLocationId, 3);
            var placed = chain.tx(em ->
                    orders(chain, em).place(order(PaymentMethod.BANK_TRANSFER, line(chain.sachetId, 2)), "bt-2", "h"));
            String number = placed.order().number();
            long id = chain.tx(em -> orderOf(em, number).id());

            MailMessage zh = chain.tx(em -> new OrderMails(em, "https://shop.example.cn", BankTransferPayee.of(PAYEE))
                            .confirmation(id, placed.accessToken()))
                    .orElseThrow();
            assertTrue(zh.body().contains("收款户名：金川区妇女联合会"), zh.body());
            assertTrue(zh.body().contains("开户银行：中国农业银行金昌分行"), zh.body());
            assertTrue(zh.body().contains("收款账号：6228 4800 1234 5678 901"), zh.body());
            assertTrue(zh.body().contains("转账金额：¥148.00"), zh.body());
            assertTrue(zh.body().contains("转账附言（请务必填写）：" + number), zh.body());
            // placed 2026-11-29 10:00 in China, 48 hours to pay
            assertTrue(zh.body().contains("付款截止：2026-12-01 10:00 (UTC+8)"), zh.body());

            chain.tx(em -> {
                orderOf(em, number).placedFrom(null, "en");
                return null;
            });
            MailMessage en = chain.tx(em -> new OrderMails(em, "https://shop.example.cn", BankTransferPayee.of(PAYEE))
                            .confirmation(id, placed.accessToken()))
                    .orElseThrow();
            assertTrue(en.body().contains("Account number: 6228 4800 1234 5678 901"), en.body());
            assertTrue(en.body().contains("Transfer note (please do write it): " + number), en.body());
            assertFalse(en.body().contains("收款"), en.body());

            MailMessage none = chain.tx(em -> new OrderMails(em, "https://shop.example.cn", BankTransferPayee.none())
                            .confirmation(id, placed.accessToken()))
                    .orElseThrow();
            assertTrue(none.body().contains("not published yet"), none.body());
            assertFalse(none.body().contains("Account number"), none.body());
        }
    }

    private static OrderService orders(Chain chain, EntityManager em) {
        return new OrderService(em, chain.stock(em), ReservationPolicy.of(ONLINE, TRANSFER), chain.clock);
    }

    private static CustomerOrder orderOf(EntityManager em, String number) {
        return em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", number)
                .getSingleResult();
    }

    private static int available(Chain chain) {
        return chain.tx(
                em -> chain.stock(em).availableOf(List.of(chain.sachetId)).get(chain.sachetId));
    }
}
