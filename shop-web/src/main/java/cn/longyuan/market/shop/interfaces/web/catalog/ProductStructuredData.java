package cn.longyuan.market.shop.interfaces.web.catalog;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A product page's schema.org {@code Product} as JSON-LD, for search engines and link previews: name, picture,
 * description, the product's id as {@code sku}, the cooperative as {@code brand}, and one offer with the price in
 * CNY and whether pieces are in stock. Only what the page itself shows of the piece: nothing of its makers.
 * <p>
 * The JSON goes inside {@code <script type="application/ld+json">}, where HTML does not decode entities and the
 * first {@code </script>} ends the element whatever the JSON says: so {@code <}, {@code >} and {@code &} are written as
 * JSON's {@code \u003c}, {@code \u003e}, {@code \u0026} (they can stand only inside strings, where they mean the same),
 * and a cooperative's name holding {@code </script>} stays text.
 */
public final class ProductStructuredData {

    static final String IN_STOCK = "https://schema.org/InStock";
    static final String OUT_OF_STOCK = "https://schema.org/OutOfStock";

    private ProductStructuredData() {}

    /**
     * @param price the price in yuan with two decimals ({@code 68.00})
     * @param address the page's absolute address; {@code image} the picture's
     */
    public static String json(
            long id,
            String name,
            String description,
            String image,
            String address,
            String cooperative,
            String price,
            boolean inStock) {
        JsonObject product = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Product")
                .add("name", name)
                .add("description", description)
                .add("image", image)
                .add("url", address)
                .add("sku", Long.toString(id))
                .add("brand", Json.createObjectBuilder().add("@type", "Brand").add("name", cooperative))
                .add(
                        "offers",
                        Json.createObjectBuilder()
                                .add("@type", "Offer")
                                .add("url", address)
                                .add("price", price)
                                .add("priceCurrency", "CNY")
                                .add("availability", inStock ? IN_STOCK : OUT_OF_STOCK)
                                .add(
                                        "seller",
                                        Json.createObjectBuilder()
                                                .add("@type", "Organization")
                                                .add("name", cooperative)))
                .build();
        return inScript(product.toString());
    }

    /** JSON that cannot end or open an element of the page it is written into. */
    static String inScript(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
