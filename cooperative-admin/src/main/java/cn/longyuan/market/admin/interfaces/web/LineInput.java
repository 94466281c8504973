package cn.longyuan.market.admin.interfaces.web;

/** One product line of a back-office form (a phone order, a quote): which product, how many; both may be empty. */
public class LineInput {

    private Long productId;
    private Integer quantity;

    public boolean isFilled() {
        return productId != null || quantity != null;
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
}
