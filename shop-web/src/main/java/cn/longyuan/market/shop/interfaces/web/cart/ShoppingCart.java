package cn.longyuan.market.shop.interfaces.web.cart;

import cn.longyuan.market.application.ordering.SavedCarts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a guest has put in her cart during this visit: products and quantities only, in the order she added
 * them (a logged-in buyer's cart is also saved with her account after every change, see {@link #logIn}). Prices and stock are read again whenever the cart is shown ({@link PricedCart}), so a cart never
 * shows a stale price; reserving happens only when the order is placed.
 * <p>
 * It also remembers the last order placed from it (number and access token), for the confirmation page, and
 * the checkout's idempotency key that placed it, so that a second click on "place order" finds that order
 * instead of an empty cart. Methods are synchronized: two tabs of one session may use it at once.
 * <p>
 * Pages that only read the cart go through {@link CartPeek}: using this bean makes the visitor's session.
 */
@Named
@SessionScoped
public class ShoppingCart implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A product and how many of it. */
    public record Item(long productId, int quantity) implements Serializable {}

    /** The order placed from this cart last, and how to read it. */
    public record PlacedOrder(String checkoutKey, String number, String accessToken) implements Serializable {}

    private static final Logger LOG = Logger.getLogger(ShoppingCart.class.getName());

    private final LinkedHashMap<Long, Integer> quantities = new LinkedHashMap<>();
    private PlacedOrder lastPlaced;

    @Inject
    private SavedCarts savedCarts;

    /** The logged-in buyer whose saved cart this is; null for a guest. */
    private Long owner;

    /**
     * She logged in: what she put in as a guest is merged into her saved cart (quantities add up, limited by
     * the stock), and the session's cart becomes the merged one. Answers the lines that were cut.
     */
    public synchronized SavedCarts.Merged logIn(long accountId) {
        SavedCarts.Merged merged = savedCarts.merge(
                accountId,
                items().stream()
                        .map(i -> new SavedCarts.Item(i.productId(), i.quantity()))
                        .toList());
        quantities.clear();
        merged.items().forEach(i -> quantities.put(i.productId(), i.quantity()));
        owner = accountId;
        return merged;
    }

    /** Saves a logged-in buyer's cart; a failure (two tabs saving at once) leaves this session's cart as it is. */
    private void save() {
        if (owner == null) {
            return;
        }
        try {
            savedCarts.replace(
                    owner,
                    items().stream()
                            .map(i -> new SavedCarts.Item(i.productId(), i.quantity()))
                            .toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the cart of account " + owner + " was not saved this time", e);
        }
    }

    public synchronized List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : quantities.entrySet()) {
            items.add(new Item(e.getKey(), e.getValue()));
        }
        return items;
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
        if (after != before) {
            save();
        }
        return after;
    }

    /** Sets the quantity of a product already in the cart. */
    public synchronized void change(long productId, int quantity) {
        if (quantities.containsKey(productId) && quantity > 0 && quantities.get(productId) != quantity) {
            quantities.put(productId, quantity);
            save();
        }
    }

    public synchronized void remove(long productId) {
        if (quantities.remove(productId) != null) {
            save();
        }
    }

    /** The order is placed: the cart is empty again and remembers the order for the confirmation page. */
    public synchronized void placed(PlacedOrder order) {
        quantities.clear();
        lastPlaced = order;
        save();
    }

    public synchronized Optional<PlacedOrder> lastPlaced() {
        return Optional.ofNullable(lastPlaced);
    }

    /** Whether the checkout with this key has placed its order already. */
    public synchronized boolean wasPlacedWith(String checkoutKey) {
        return lastPlaced != null && lastPlaced.checkoutKey().equals(checkoutKey);
    }
}
