package cn.longyuan.market.shop.interfaces.web.cart;

/**
 * What putting pieces of a product into the cart did, which the buyer is told: the cart never holds more of a
 * product than are available ({@link ShoppingCart#add}).
 *
 * @param asked how many she asked for
 * @param before how many of it the cart held before
 * @param after how many of it the cart holds now
 * @param available how many are available now
 */
public record CartAddition(int asked, int before, int after, int available) {

    public enum Outcome {
        /** all she asked for */
        ADDED,
        /** fewer than she asked for: the rest are not available */
        LIMITED,
        /** nothing: none is available */
        NONE_AVAILABLE,
        /** nothing: every piece available is in her cart already */
        ALL_IN_CART
    }

    public Outcome outcome() {
        if (after == before + asked) {
            return Outcome.ADDED;
        }
        if (after > before) {
            return Outcome.LIMITED;
        }
        return available == 0 ? Outcome.NONE_AVAILABLE : Outcome.ALL_IN_CART;
    }
}
