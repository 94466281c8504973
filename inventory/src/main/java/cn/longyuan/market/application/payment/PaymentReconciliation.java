package cn.longyuan.market.application.payment;

import cn.longyuan.market.application.shared.MarketDatabase;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.payment.Payment;
import cn.longyuan.market.domain.model.payment.PaymentStatus;
import cn.longyuan.market.domain.model.payment.Refund;
import cn.longyuan.market.domain.model.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online payments as recorded, set against the orders they pay, with what does not match: an amount that
 * differs from the order's total, a paid order without a succeeded payment, a succeeded payment for an order
 * that is not paid, money refunded. For federation staff (the platform's account is the federation's).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PaymentReconciliation {

    /** What a row does not match. */
    public enum Mismatch {
        AMOUNT_DIFFERS,
        PAID_WITHOUT_SUCCEEDED_PAYMENT,
        SUCCEEDED_FOR_UNPAID_ORDER,
        REFUNDED,
        LATE_PAYMENT_REFUNDED
    }

    private static final Set<OrderStatus> PAID = EnumSet.of(
            OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED, OrderStatus.REFUNDED);

    public record Row(
            String orderNumber,
            OrderStatus orderStatus,
            Money orderTotal,
            String provider,
            String paymentRef,
            PaymentStatus paymentStatus,
            Money amount,
            Money received,
            Money refunded,
            Instant createdAt,
            Set<Mismatch> mismatches) {
        public boolean isClean() {
            return mismatches.isEmpty();
        }
    }

    private EntityManager em;

    protected PaymentReconciliation() {
        // for CDI proxies
    }

    @Inject
    public PaymentReconciliation(@MarketDatabase EntityManager em) {
        this.em = em;
    }

    /** Every online payment, newest first, then STRIPE orders marked paid with no payment record at all. */
    public List<Row> rows() {
        Map<Long, Money> refunded = new HashMap<>();
        for (Refund r : em.createNamedQuery(Refund.ALL, Refund.class).getResultList()) {
            refunded.merge(r.orderId(), r.amount(), Money::plus);
        }
        List<Row> rows = new ArrayList<>();
        Set<Long> withPayment = new java.util.HashSet<>();
        for (Payment p : em.createNamedQuery(Payment.ALL, Payment.class).getResultList()) {
            CustomerOrder order = em.find(CustomerOrder.class, p.orderId());
            withPayment.add(p.orderId());
            Set<Mismatch> m = new LinkedHashSet<>();
            if (!p.amount().equals(order.total())
                    || (p.received() != null && !p.received().equals(order.total()))) {
                m.add(Mismatch.AMOUNT_DIFFERS);
            }
            boolean succeeded = p.status() == PaymentStatus.SUCCEEDED;
            if (PAID.contains(order.status()) && !succeeded) {
                m.add(Mismatch.PAID_WITHOUT_SUCCEEDED_PAYMENT);
            }
            if (succeeded && !PAID.contains(order.status())) {
                m.add(Mismatch.SUCCEEDED_FOR_UNPAID_ORDER);
            }
            if (p.status() == PaymentStatus.LATE_REFUNDED) {
                m.add(Mismatch.LATE_PAYMENT_REFUNDED);
            }
            Money back = refunded.getOrDefault(order.id(), Money.ZERO);
            if (!back.isZero()) {
                m.add(Mismatch.REFUNDED);
            }
            rows.add(new Row(
                    order.number(),
                    order.status(),
                    order.total(),
                    p.provider(),
                    p.providerRef(),
                    p.status(),
                    p.amount(),
                    p.received(),
                    back,
                    p.createdAt(),
                    m));
        }
        List<CustomerOrder> paidOnline = em.createQuery(
                        "select o from CustomerOrder o where o.paymentMethod = :method "
                                + "and o.status in :paid order by o.placedAt desc",
                        CustomerOrder.class)
                .setParameter("method", PaymentMethod.STRIPE)
                .setParameter("paid", PAID)
                .getResultList();
        for (CustomerOrder order : paidOnline) {
            if (!withPayment.contains(order.id())) {
                rows.add(new Row(
                        order.number(),
                        order.status(),
                        order.total(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        refunded.getOrDefault(order.id(), Money.ZERO),
                        order.placedAt(),
                        Set.of(Mismatch.PAID_WITHOUT_SUCCEEDED_PAYMENT)));
            }
        }
        return rows;
    }
}
