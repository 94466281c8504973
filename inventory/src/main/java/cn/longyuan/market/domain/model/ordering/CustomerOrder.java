package cn.longyuan.market.domain.model.ordering;

import cn.longyuan.market.domain.model.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A buyer's purchase (订单). Its lines keep the unit price of the moment it was placed; it has one part per
 * cooperative, each fulfilled by that cooperative; every change of status is kept with who and when.
 * Named CustomerOrder because {@code Order} is a reserved word in JPQL (the table is {@code orders}).
 */
@Entity
@Table(name = "orders")
@NamedQuery(name = CustomerOrder.BY_NUMBER, query = "select o from CustomerOrder o where o.number = :number")
@NamedQuery(
        name = CustomerOrder.OF_BUYER,
        query = "select o from CustomerOrder o where o.buyerAccountId = :account order by o.placedAt desc, o.id desc")
@NamedQuery(
        name = CustomerOrder.OVERDUE,
        query =
                "select o.id from CustomerOrder o where o.status = cn.longyuan.market.domain.model.ordering.OrderStatus.AWAITING_PAYMENT "
                        + "and o.expiresAt < :now order by o.expiresAt")
public class CustomerOrder {

    public static final String BY_NUMBER = "CustomerOrder.byNumber";
    public static final String OVERDUE = "CustomerOrder.overdue";
    public static final String OF_BUYER = "CustomerOrder.ofBuyer";

    /**
     * {@link #isReadyToShip()} in JPQL, for a query over {@code CustomerOrder o}: written out from the Java rule for
     * every status and way of paying, so the two cannot say different things.
     */
    public static final String READY_TO_SHIP = readyToShipInJpql("o");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false)
    private PaymentMethod paymentMethod;

    @Embedded
    private Contact contact;

    @Embedded
    private ShippingAddress shippingAddress;

    @Embedded
    @AttributeOverride(name = "fen", column = @Column(name = "subtotal_fen"))
    private Money subtotal;

    @Embedded
    @AttributeOverride(name = "fen", column = @Column(name = "delivery_fee_fen"))
    private Money deliveryFee;

    @Embedded
    @AttributeOverride(name = "fen", column = @Column(name = "total_fen"))
    private Money total;

    @Column(name = "access_token_hash", nullable = false)
    private String accessTokenHash;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    /** When an unpaid order gives its stock back; null once nothing is waiting for payment. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    /** The account id of the broker who brought or handles the order; null for the shop's own orders. */
    @Column(name = "broker_id")
    private Long brokerId;

    /** The registered buyer who placed it; null for a guest's order. */
    @Column(name = "buyer_account_id")
    private Long buyerAccountId;

    /** The language of the buyer's pages when she placed it ("zh", "en"): her e-mails are written in it. */
    @Column(name = "language")
    private String language;

    /** Whether the buyer sends it as a gift: its packing slip then has her message and no prices. */
    @Column(name = "gift", nullable = false)
    private boolean gift;

    /** The buyer's gift message; null for no gift or a gift without one. */
    @Column(name = "gift_message")
    private String giftMessage;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OrderPart> parts = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<StatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected CustomerOrder() {
        // for JPA
    }

    /**
     * A new order from priced lines. The parts (one per cooperative, each with its delivery fee) and the
     * totals follow from the lines; nobody can set them to something else.
     */
    public CustomerOrder(
            String number,
            PaymentMethod paymentMethod,
            Contact contact,
            ShippingAddress address,
            List<OrderLine.Draft> drafts,
            String accessTokenHash,
            Instant placedAt,
            Instant expiresAt,
            String actor) {
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        this.number = number;
        this.paymentMethod = paymentMethod;
        this.status = paymentMethod.initialStatus();
        this.contact = contact;
        this.shippingAddress = address;
        this.accessTokenHash = accessTokenHash;
        this.placedAt = placedAt;
        this.expiresAt = status == OrderStatus.AWAITING_PAYMENT ? expiresAt : null;
        int lineNo = 1;
        for (OrderLine.Draft draft : drafts) {
            lines.add(new OrderLine(this, lineNo++, draft));
        }
        OrderPricing pricing = OrderPricing.of(drafts, address);
        for (OrderPricing.PartPrice part : pricing.parts()) {
            parts.add(new OrderPart(this, part.cooperativeId(), part.subtotal(), part.deliveryFee()));
        }
        this.subtotal = pricing.subtotal();
        this.deliveryFee = pricing.deliveryFee();
        this.total = pricing.total();
        history.add(new StatusChange(this, null, null, status.name(), actor, "placed", placedAt));
    }

    /** Moves the order on, if its life allows it; records who and when. */
    public void moveTo(OrderStatus next, String actor, String note, Instant at) {
        if (!mayMoveTo(next)) {
            throw new InvalidTransitionException("order " + number + " is " + status + " and cannot become " + next);
        }
        history.add(new StatusChange(this, null, status.name(), next.name(), actor, note, at));
        status = next;
        if (!next.holdsReservation() || next == OrderStatus.CONFIRMED) {
            expiresAt = null;
        }
    }

    /**
     * Whether the buyer may still call the order off herself: nothing has been paid (an unpaid transfer or online
     * payment, or cash on delivery before it ships) and no cooperative has packed or shipped its part yet. A paid
     * order is the cooperative's to cancel, with a refund.
     */
    public static boolean mayBeCancelledByBuyer(OrderStatus status, List<PartStatus> parts) {
        return (status == OrderStatus.AWAITING_PAYMENT || status == OrderStatus.CONFIRMED)
                && parts.stream().allMatch(p -> p == PartStatus.PENDING);
    }

    public boolean mayBeCancelledByBuyer() {
        return mayBeCancelledByBuyer(
                status, parts.stream().map(OrderPart::status).toList());
    }

    /** The buyer calls the unpaid order off: every part and the order are CANCELLED (the caller gives the stock back). */
    public void cancelByBuyer(String actor, Instant at) {
        if (!mayBeCancelledByBuyer()) {
            throw new InvalidTransitionException(
                    "order " + number + " is " + status + " and cannot be cancelled by its buyer");
        }
        for (OrderPart part : parts) {
            part.moveTo(PartStatus.CANCELLED, actor, "cancelled by the buyer", at);
        }
        moveTo(OrderStatus.CANCELLED, actor, "cancelled by the buyer", at);
    }

    /** Records in the history something that happened to the order without changing its status (a partial refund). */
    public void recordEvent(String actor, String note, Instant at) {
        history.add(new StatusChange(this, null, status.name(), status.name(), actor, note, at));
    }

    public void assignBroker(long brokerAccountId) {
        this.brokerId = brokerAccountId;
    }

    /** The broker hands the order back: it is open to be claimed again. */
    public void releaseBroker() {
        this.brokerId = null;
    }

    /** Records who placed the order (a registered buyer's account, or null for a guest) and in which language. */
    public void placedFrom(Long buyerAccountId, String language) {
        this.buyerAccountId = buyerAccountId;
        this.language = language;
    }

    public Long buyerAccountId() {
        return buyerAccountId;
    }

    public String language() {
        return language;
    }

    /** Marks the order as a gift, with the buyer's message (null or blank for none). */
    public void sendAsGift(Gift wish) {
        this.gift = true;
        this.giftMessage = wish.hasMessage() ? wish.message().strip() : null;
    }

    /** The gift it is sent as, if it is one. */
    public Optional<Gift> gift() {
        return gift ? Optional.of(new Gift(giftMessage)) : Optional.empty();
    }

    public boolean isGift() {
        return gift;
    }

    /** The gift message, or null (no gift, or none written). */
    public String giftMessage() {
        return giftMessage;
    }

    public Long brokerId() {
        return brokerId;
    }

    /** Whether every part has been handed to a carrier (or needs no shipping any more). */
    public boolean allPartsShipped() {
        return parts.stream()
                .allMatch(p -> p.status() == PartStatus.SHIPPED
                        || p.status() == PartStatus.DELIVERED
                        || p.status() == PartStatus.CANCELLED
                        || p.status() == PartStatus.REFUNDED);
    }

    /** Whether the order's life, for the way it is paid, goes on from its status to that one. */
    public boolean mayMoveTo(OrderStatus next) {
        return status.next(paymentMethod).contains(next);
    }

    /**
     * Whether its pieces may be packed and shipped: it is paid, or it is a cash-on-delivery order that was confirmed
     * (its pieces count as sold when they leave, and are paid after delivery). {@link #READY_TO_SHIP} is the same
     * rule for JPQL over {@code CustomerOrder o}.
     */
    public boolean isReadyToShip() {
        return isReadyToShip(status, paymentMethod);
    }

    /**
     * The rule of {@link #isReadyToShip()} for a status and a way of paying. A cash-on-delivery order is PAID only
     * after its delivery, when nothing is left to ship.
     */
    public static boolean isReadyToShip(OrderStatus status, PaymentMethod paymentMethod) {
        return paymentMethod == PaymentMethod.CASH_ON_DELIVERY
                ? status == OrderStatus.CONFIRMED
                : status == OrderStatus.PAID;
    }

    /** Whether a payment is still to come: an unpaid order, or a cash-on-delivery order once it was delivered. */
    public boolean awaitsPayment() {
        return status == OrderStatus.AWAITING_PAYMENT
                || (status == OrderStatus.DELIVERED && paymentMethod == PaymentMethod.CASH_ON_DELIVERY);
    }

    /**
     * Whether money may be given back for it: it was paid (and may since have shipped, been delivered or completed).
     * A cash-on-delivery order is paid only once its money came in on delivery (PAID, then COMPLETED).
     */
    public boolean mayBeRefunded() {
        if (paymentMethod == PaymentMethod.CASH_ON_DELIVERY) {
            return status == OrderStatus.PAID || status == OrderStatus.COMPLETED;
        }
        return status == OrderStatus.PAID
                || status == OrderStatus.SHIPPED
                || status == OrderStatus.DELIVERED
                || status == OrderStatus.COMPLETED;
    }

    /** Whether the whole order was refunded. */
    public boolean isRefunded() {
        return status == OrderStatus.REFUNDED;
    }

    /** Whether every part that was not called off (cancelled, or refunded before it shipped) was delivered. */
    public boolean allPartsDelivered() {
        return parts.stream()
                .allMatch(p -> p.status() == PartStatus.DELIVERED
                        || p.status() == PartStatus.CANCELLED
                        || p.status() == PartStatus.REFUNDED);
    }

    /** The lines of one cooperative's part, in their order. */
    public List<OrderLine> linesOf(long cooperativeId) {
        return lines.stream().filter(l -> l.cooperativeId() == cooperativeId).toList();
    }

    public boolean isOverdue(Instant now) {
        return status == OrderStatus.AWAITING_PAYMENT && expiresAt != null && expiresAt.isBefore(now);
    }

    public Optional<OrderPart> partOf(long cooperativeId) {
        return parts.stream().filter(p -> p.cooperativeId() == cooperativeId).findFirst();
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public OrderStatus status() {
        return status;
    }

    public PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    public Contact contact() {
        return contact;
    }

    public ShippingAddress shippingAddress() {
        return shippingAddress;
    }

    public Money subtotal() {
        return subtotal;
    }

    public Money deliveryFee() {
        return deliveryFee;
    }

    public Money total() {
        return total;
    }

    public String accessTokenHash() {
        return accessTokenHash;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public List<OrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<OrderPart> parts() {
        return Collections.unmodifiableList(parts);
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }

    void recordPartChange(OrderPart part, PartStatus from, PartStatus to, String actor, String note, Instant at) {
        history.add(new StatusChange(this, part.cooperativeId(), from.name(), to.name(), actor, note, at));
    }

    /** {@link #isReadyToShip(OrderStatus, PaymentMethod)} in JPQL for the order that {@code order} names. */
    static String readyToShipInJpql(String order) {
        List<String> cases = new ArrayList<>();
        for (PaymentMethod method : PaymentMethod.values()) {
            for (OrderStatus status : OrderStatus.values()) {
                if (isReadyToShip(status, method)) {
                    cases.add("(" + order + ".status = " + OrderStatus.class.getName() + "." + status.name() + " and "
                            + order + ".paymentMethod = " + PaymentMethod.class.getName() + "." + method.name() + ")");
                }
            }
        }
        return cases.isEmpty() ? "1 = 0" : "(" + String.join(" or ", cases) + ")";
    }
}
