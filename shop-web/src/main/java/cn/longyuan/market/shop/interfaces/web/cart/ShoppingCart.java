package cn.longyuan.market.shop.interfaces.web.cart;

import cn.longyuan.market.application.PlaceOrderCommand;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a guest has put in her cart during this visit: products and quantities only, in the order she added
 * them. Prices and stock are read again whenever the cart is shown ({@link PricedCart}), so a cart never
 * shows a stale price; reserving happens only when the order is placed.
 * <p>
 * It also remembers the last order placed from it (number and access token), for the confirmation page, and
 * the checkout's idempotency key that placed it, so that a second click on "place order" finds that order
 * instead of an empty cart. Methods are synchronized: two tabs of one session may use it at once.
 */
@Named
@SessionScoped
public class ShoppingCart implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A product and how many of it. */
    public record Item(long productId, int quantity) implements Serializable {
    }

    /** The order placed from this cart last, and how to read it. */
    public record PlacedOrder(String checkoutKey, String number, String accessToken) implements Serializable {
    }

    private final LinkedHashMap<Long, Integer> quantities = new LinkedHashMap<>();
    private PlacedOrder lastPlaced;

    public synchronized List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : quantities.entrySet()) {
            items.add(new Item(e.getKey(), e.getValue()));
        }
        return items;
    }

    /** The most pieces of one product an order line may ask for (the service's rule), for the quantity fields. */
    public int getMaxQuantity() {
        return PlaceOrderCommand.MAX_QUANTITY;
    }

    /** Pieces in the cart, for the header. */
    public synchronized int getCount() {
        return quantities.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized boolean isEmpty() {
        return quantities.isEmpty();
    }

    public synchronized int quantityOf(long productId) {
        return quantities.getOrDefault(productId, 0);
    }

    /**
     * Adds pieces of a product, never more in all than {@code available}; answers how many of it the cart
     * holds now (the caller tells the buyer when that is fewer than she asked for).
     */
    public synchronized int add(long productId, int quantity, int available) {
        int before = quantityOf(productId);
        int after = Math.max(before, Math.min(before + Math.max(quantity, 0), available));
        if (after > 0) {
            quantities.put(productId, after);
        }
        return after;
    }

    /** Sets the quantity of a product already in the cart. */
    public synchronized void change(long productId, int quantity) {
        if (quantities.containsKey(productId) && quantity > 0) {
            quantities.put(productId, quantity);
        }
    }

    public synchronized void remove(long productId) {
        quantities.remove(productId);
    }

    /** The order is placed: the cart is empty again and remembers the order for the confirmation page. */
    public synchronized void placed(PlacedOrder order) {
        quantities.clear();
        lastPlaced = order;
    }

    public synchronized Optional<PlacedOrder> lastPlaced() {
        return Optional.ofNullable(lastPlaced);
    }

    /** Whether the checkout with this key has placed its order already. */
    public synchronized boolean wasPlacedWith(String checkoutKey) {
        return lastPlaced != null && lastPlaced.checkoutKey().equals(checkoutKey);
    }
}
