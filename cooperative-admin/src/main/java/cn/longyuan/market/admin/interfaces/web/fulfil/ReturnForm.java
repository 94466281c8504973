package cn.longyuan.market.admin.interfaces.web.fulfil;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.OrderReturn;
import java.io.Serializable;

/** The dialog that takes pieces back after they left: which product, how many, restocked or written off, and why. */
public class ReturnForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long product;
    private Integer quantity = 1;
    private OrderReturn.Disposition disposition = OrderReturn.Disposition.RESTOCK;
    private String reason;

    /**
     * Makes the call; a refusal names its fields as this dialog does: its reason input is "returnReason" (the cancel
     * dialog's is "reason").
     */
    static void onThisForm(Runnable call) {
        try {
            call.run();
        } catch (RequestRefusedException e) {
            throw new RequestRefusedException(
                    e.reason(),
                    e.getMessage(),
                    e.violations().stream()
                            .map(v -> v.field().equals("reason") ? new FieldViolation("returnReason", v.message()) : v)
                            .toList());
        }
    }

    public OrderReturn.Disposition[] getDispositions() {
        return OrderReturn.Disposition.values();
    }

    public Long getProduct() {
        return product;
    }

    public void setProduct(Long product) {
        this.product = product;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public OrderReturn.Disposition getDisposition() {
        return disposition;
    }

    public void setDisposition(OrderReturn.Disposition disposition) {
        this.disposition = disposition;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
