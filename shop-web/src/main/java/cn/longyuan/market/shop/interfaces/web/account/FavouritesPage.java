package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.catalog.Favourites;
import cn.longyuan.market.shop.interfaces.web.catalog.ProductCard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** Her favourites ({@code /account/favourites.xhtml}): the products she marked, still listed, newest mark first. */
@Named
@RequestScoped
public class FavouritesPage {

    @Inject
    private Favourites favourites;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private CurrentBuyer buyer;

    private List<ProductCard> products;

    public List<ProductCard> getProducts() {
        if (products == null) {
            products = favourites.productIds(buyer.accountId()).stream()
                    .map(catalog::product)
                    .flatMap(Optional::stream)
                    .map(d -> ProductCard.of(d.summary()))
                    .toList();
        }
        return products;
    }

    public void remove(long productId) {
        favourites.remove(buyer.accountId(), productId);
        products = null;
    }
}
