package cn.longyuan.market.admin.interfaces.web.dispatch;

import cn.longyuan.market.application.dispatch.PieceworkDispatch;
import java.time.LocalDate;
import java.util.Map;

/** The new-work-order form: from a broker's accepted quote, or for a product. */
public class WorkOrderForm {

    /** The service's fields and the inputs they are typed in. */
    static final Map<String, String> INPUTS = Map.of(
            "quoteNumber", "newWorkOrder:quote",
            "productId", "newWorkOrder:product",
            "quantity", "newWorkOrder:quantity",
            "dueOn", "newWorkOrder:dueOn");

    private String quoteNumber;
    private Long productId;
    private Integer quantity;
    private LocalDate dueOn;

    PieceworkDispatch.NewWorkOrder request() {
        return new PieceworkDispatch.NewWorkOrder(quoteNumber, productId, quantity, dueOn);
    }

    public String getQuoteNumber() {
        return quoteNumber;
    }

    public void setQuoteNumber(String quoteNumber) {
        this.quoteNumber = quoteNumber;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
