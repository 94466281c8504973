package cn.longyuan.market.shop.interfaces.web.cart;

import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cart page: change quantities, remove lines, see what it will cost. A quantity is held to what the stock
 * can give, with the reason next to the line.
 */
@Named
@ViewScoped
public class CartPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShoppingCart cart;

    @Inject
    private PricedCart pricing;

    private List<CartLine> lines = List.of();
    private OrderPreview summary;

    @PostConstruct
    void read() {
        refresh();
    }

    private void refresh() {
        lines = pricing.lines(cart);
        summary = OrderPreview.of(lines, null);
    }

    /** Takes the quantities typed; one beyond the stock becomes what is available, and the line says so. */
    public void update() {
        Map<Long, Integer> asked = new HashMap<>();
        for (CartLine line : lines) {
            asked.put(line.getProductId(), line.getQuantity());
            cart.change(line.getProductId(), line.getQuantity());
        }
        refresh();
        List<Long> limited = new ArrayList<>();
        for (CartLine line : lines) {
            if (line.getQuantity() > line.getAvailable() && line.getAvailable() > 0) {
                cart.change(line.getProductId(), line.getAvailable());
                limited.add(line.getProductId());
            }
        }
        if (!limited.isEmpty()) {
            refresh();
            for (CartLine line : lines) {
                if (limited.contains(line.getProductId())) {
                    line.setProblem(ShopTexts.text(
                            "cart.problem.limited", line.getAvailable(), asked.get(line.getProductId())));
                }
            }
        }
    }

    public void remove(long productId) {
        cart.remove(productId);
        refresh();
    }

    /** Checkout only when every line can be served. */
    public boolean isReadyForCheckout() {
        return !lines.isEmpty() && lines.stream().allMatch(CartLine::isServable);
    }

    public List<CartLine> getLines() {
        return lines;
    }

    public OrderPreview getSummary() {
        return summary;
    }

    public String getDeliveryRule() {
        return OrderPreview.deliveryRule(null);
    }
}
