package cn.longyuan.market.domain.model.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Pieces of one product held at one place for an order until it is paid, or released. */
@Entity
@Table(name = "reservation")
@NamedQuery(
        name = Reservation.OF_ORDER,
        query = "select r from Reservation r where r.orderId = :order order by r.productId, r.locationId")
public class Reservation {

    public static final String OF_ORDER = "Reservation.ofOrder";

    public enum Status {
        HELD,
        RELEASED,
        SOLD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    protected Reservation() {
        // for JPA
    }

    public Reservation(long orderId, long productId, long locationId, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a reservation holds at least one piece");
        }
        this.orderId = orderId;
        this.productId = productId;
        this.locationId = locationId;
        this.quantity = quantity;
        this.status = Status.HELD;
    }

    public void release() {
        requireHeld();
        status = Status.RELEASED;
    }

    public void sell() {
        requireHeld();
        status = Status.SOLD;
    }

    private void requireHeld() {
        if (status != Status.HELD) {
            throw new IllegalStateException("reservation " + id + " is already " + status);
        }
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public long productId() {
        return productId;
    }

    public long locationId() {
        return locationId;
    }

    public int quantity() {
        return quantity;
    }

    public Status status() {
        return status;
    }

    public boolean isHeld() {
        return status == Status.HELD;
    }
}
