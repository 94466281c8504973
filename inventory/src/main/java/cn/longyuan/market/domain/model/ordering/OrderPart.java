package cn.longyuan.market.domain.model.ordering;

import cn.longyuan.market.domain.model.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** One cooperative's share of an order, which that cooperative packs and ships. */
@Entity
@Table(name = "order_part")
public class OrderPart {

    /**
     * {@link #mayBeShipped()} in JPQL, for a query over {@code OrderPart p}: its status still needs the cooperative's
     * hands ({@link PartStatus#isOpenWork()}) and its order is ready to ship ({@link CustomerOrder#READY_TO_SHIP}),
     * both written out from the Java rules.
     */
    public static final String MAY_BE_SHIPPED = "(p.status in ("
            + Arrays.stream(PartStatus.values())
                    .filter(PartStatus::isOpenWork)
                    .map(s -> PartStatus.class.getName() + "." + s.name())
                    .collect(Collectors.joining(", "))
            + ") and " + CustomerOrder.readyToShipInJpql("p.order") + ")";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Column(name = "cooperative_id", nullable = false)
    private long cooperativeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartStatus status;

    @Embedded
    @AttributeOverride(name = "fen", column = @Column(name = "subtotal_fen"))
    private Money subtotal;

    @Embedded
    @AttributeOverride(name = "fen", column = @Column(name = "delivery_fee_fen"))
    private Money deliveryFee;

    @OneToMany(mappedBy = "part", cascade = CascadeType.ALL)
    @OrderBy("shippedAt")
    private List<Shipment> shipments = new ArrayList<>();

    @Version
    private long version;

    protected OrderPart() {
        // for JPA
    }

    OrderPart(CustomerOrder order, long cooperativeId, Money subtotal, Money deliveryFee) {
        this.order = order;
        this.cooperativeId = cooperativeId;
        this.subtotal = subtotal;
        this.deliveryFee = deliveryFee;
        this.status = PartStatus.PENDING;
    }

    public void moveTo(PartStatus next, String actor, String note, Instant at) {
        if (!status.next().contains(next)) {
            throw new InvalidTransitionException("this part is " + status + " and cannot become " + next);
        }
        order.recordPartChange(this, status, next, actor, note, at);
        status = next;
    }

    /** A step that does not change the part's status (some pieces returned): kept in the history all the same. */
    public void note(String actor, String note, Instant at) {
        order.recordPartChange(this, status, status, actor, note, at);
    }

    public void ship(String carrier, String trackingNumber, String actor, Instant at) {
        moveTo(PartStatus.SHIPPED, actor, carrier + " " + trackingNumber, at);
        shipments.add(new Shipment(this, carrier, trackingNumber, at));
    }

    /** Whether the cooperative may pack it now: nothing is done with it yet and the order is ready to ship. */
    public boolean mayBePacked() {
        return status == PartStatus.PENDING && order.isReadyToShip();
    }

    /**
     * Whether the cooperative may hand it to a carrier now: packed or not, once the order is ready to ship.
     * {@link #MAY_BE_SHIPPED} is the same rule for JPQL.
     */
    public boolean mayBeShipped() {
        return status.isOpenWork() && order.isReadyToShip();
    }

    /** Whether the cooperative may call it off: it has not left yet, and the order's life allows a cancellation. */
    public boolean mayBeCancelled() {
        return status.isOpenWork() && order.mayMoveTo(OrderStatus.CANCELLED);
    }

    /** Whether it may be confirmed delivered: it is on its way. */
    public boolean mayBeDelivered() {
        return status == PartStatus.SHIPPED;
    }

    /** Whether pieces of it may come back: it has left the cooperative (shipped, or delivered). */
    public boolean mayTakeReturns() {
        return status.hasLeft();
    }

    /** Whether every piece of it, or the whole order, was refunded: nothing is left to pack. */
    public boolean isRefunded() {
        return status == PartStatus.REFUNDED || order.isRefunded();
    }

    public Long id() {
        return id;
    }

    public CustomerOrder order() {
        return order;
    }

    public long cooperativeId() {
        return cooperativeId;
    }

    public PartStatus status() {
        return status;
    }

    public Money subtotal() {
        return subtotal;
    }

    public Money deliveryFee() {
        return deliveryFee;
    }

    public List<Shipment> shipments() {
        return Collections.unmodifiableList(shipments);
    }
}
