package cn.longyuan.market.shop.interfaces.web.cart;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cart's lines as the catalogue has them now: name, price, what is available. A line the stock cannot
 * serve gets its problem text ("仅剩 2 件"); a product no longer listed leaves the cart with a message.
 */
@ApplicationScoped
public class PricedCart {

    @Inject
    private CatalogQueries catalog;

    public List<CartLine> lines(ShoppingCart cart) {
        List<CartLine> lines = new ArrayList<>();
        boolean removed = false;
        for (ShoppingCart.Item item : cart.items()) {
            Optional<CatalogQueries.ProductDetail> detail = catalog.product(item.productId());
            if (detail.isEmpty()) {
                cart.remove(item.productId());
                removed = true;
                continue;
            }
            CatalogQueries.ProductSummary p = detail.get().summary();
            CartLine line = new CartLine(
                    p.id(),
                    p.cooperativeId(),
                    ShopTexts.in(p.name()),
                    ShopTexts.in(p.cooperativeName()),
                    p.imageUrl(),
                    p.price().fen(),
                    ShopTexts.price(p.price()),
                    p.available(),
                    item.quantity(),
                    ShopTexts.price(p.price().times(item.quantity())));
            line.setProblem(stockProblem(p.available(), item.quantity()));
            lines.add(line);
        }
        if (removed) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(FacesMessage.SEVERITY_WARN, ShopTexts.text("cart.productGone"), null));
        }
        return lines;
    }

    /** What to say next to a line when the stock cannot serve it; null when it can. */
    public static String stockProblem(int available, int quantity) {
        if (quantity <= available) {
            return null;
        }
        return available <= 0
                ? ShopTexts.text("cart.problem.outOfStock")
                : ShopTexts.text("cart.problem.fewer", available);
    }
}
