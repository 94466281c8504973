package cn.longyuan.market.shop.interfaces.web;

/**
 * How the shop tells a buyer what is left of a product: in stock, only a few left (so that she does not wait),
 * or out of stock. Only the words and the threshold live here; what is available is the stock ledger's answer.
 */
public enum StockState {
    IN_STOCK("stock.inStock", "in-stock"),
    FEW_LEFT("stock.fewLeft", "few-left"),
    OUT_OF_STOCK("stock.outOfStock", "out-of-stock");

    /** From this many pieces down the page says how many are left. */
    public static final int FEW = 3;

    private final String key;
    private final String cssClass;

    StockState(String key, String cssClass) {
        this.key = key;
        this.cssClass = cssClass;
    }

    public static StockState of(int available) {
        if (available <= 0) {
            return OUT_OF_STOCK;
        }
        return available <= FEW ? FEW_LEFT : IN_STOCK;
    }

    /** "有货", "仅剩 2 件", "暂时缺货" in the page's language. */
    public String label(int available) {
        return ShopTexts.text(key, available);
    }

    public String cssClass() {
        return cssClass;
    }
}
