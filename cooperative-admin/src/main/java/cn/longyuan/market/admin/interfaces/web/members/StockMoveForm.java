package cn.longyuan.market.admin.interfaces.web.members;

import java.io.Serializable;

/**
 * The adjustment and transfer dialogs of the stock tasks page: which product, from which place (and to which, for
 * a transfer), how many pieces and why. An empty field goes to the service as 0, which it refuses with the
 * field's name, so that the message stands next to that field.
 */
public class StockMoveForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long productId;
    private Long locationId;
    private Long toLocationId;
    private Integer amount;
    private String reason;

    /** A dialog opened again starts empty. */
    void clear() {
        productId = null;
        locationId = null;
        amount = null;
        reason = null;
    }

    long product() {
        return productId == null ? 0 : productId;
    }

    long from() {
        return locationId == null ? 0 : locationId;
    }

    long to() {
        return toLocationId == null ? 0 : toLocationId;
    }

    int pieces() {
        return amount == null ? 0 : amount;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public Long getToLocationId() {
        return toLocationId;
    }

    public void setToLocationId(Long toLocationId) {
        this.toLocationId = toLocationId;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
