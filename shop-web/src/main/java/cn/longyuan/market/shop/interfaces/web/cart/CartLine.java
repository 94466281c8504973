package cn.longyuan.market.shop.interfaces.web.cart;

import java.io.Serializable;

/**
 * One line of the cart as the cart and checkout pages show it: the product as listed now, the quantity asked
 * for (editable on the cart page), what the stock can give, and a problem to show next to the line.
 */
public class CartLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long productId;
    private final long cooperativeId;
    private final String name;
    private final String cooperative;
    private final String imageUrl;
    private final long unitPriceFen;
    private final String unitPrice;
    private final int available;
    private Integer quantity;
    private String lineTotal;
    private String problem;

    CartLine(
            long productId,
            long cooperativeId,
            String name,
            String cooperative,
            String imageUrl,
            long unitPriceFen,
            String unitPrice,
            int available,
            int quantity,
            String lineTotal) {
        this.productId = productId;
        this.cooperativeId = cooperativeId;
        this.name = name;
        this.cooperative = cooperative;
        this.imageUrl = imageUrl;
        this.unitPriceFen = unitPriceFen;
        this.unitPrice = unitPrice;
        this.available = available;
        this.quantity = quantity;
        this.lineTotal = lineTotal;
    }

    public long getProductId() {
        return productId;
    }

    public long getCooperativeId() {
        return cooperativeId;
    }

    public String getName() {
        return name;
    }

    public String getCooperative() {
        return cooperative;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public long getUnitPriceFen() {
        return unitPriceFen;
    }

    public String getUnitPrice() {
        return unitPrice;
    }

    public int getAvailable() {
        return available;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getLineTotal() {
        return lineTotal;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    /** Whether the stock can serve the line as it stands. */
    public boolean isServable() {
        return quantity != null && quantity >= 1 && quantity <= available;
    }
}
