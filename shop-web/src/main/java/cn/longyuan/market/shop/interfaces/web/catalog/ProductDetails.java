package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.catalog.CatalogProfiles;
import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.shop.interfaces.web.ProductAddressFilter;
import cn.longyuan.market.shop.interfaces.web.cart.CartAddition;
import cn.longyuan.market.shop.interfaces.web.cart.CartPeek;
import cn.longyuan.market.shop.interfaces.web.cart.ShoppingCart;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.http.PublicAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A product's page ({@code /products/7}, also {@code /product.xhtml?id=7}): the piece, the women who made it and what they were trained
 * in, and putting pieces into the cart. An id that names no listed product answers the shop's 404 page. What it
 * shows of the piece is a {@link ProductView}.
 * <p>
 * The page is stateless (no view state, so no session for a visitor who only looks): this bean lives for one request
 * and reads the product from the request's own address, also on the page's postbacks (its forms post back to that
 * address, {@code o:form useRequestURI}), before anything of the page asks for it.
 */
@Named
@RequestScoped
public class ProductDetails {

    @Inject
    private CatalogQueries catalog;

    @Inject
    private CatalogProfiles profiles;

    @Inject
    private ShoppingCart cart;

    @Inject
    private CartPeek cartPeek;

    @Inject
    private PublicAddress publicAddress;

    private String id;
    private boolean read;
    private ProductView view;
    private Integer quantity = 1;

    /** The view action: answers 404 when the address names no listed product. */
    public void load() throws IOException {
        if (getProduct() == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "no such product");
            faces.responseComplete();
        }
    }

    /** The product, read once per request; null when the address names no listed product. */
    private ProductView view() {
        if (!read) {
            read = true;
            view = find().map(detail -> ProductView.read(detail, profiles)).orElse(null);
        }
        return view;
    }

    private Optional<CatalogQueries.ProductDetail> find() {
        Long productId = Ids.parse(getId() == null ? null : getId().strip());
        return productId == null ? Optional.empty() : catalog.product(productId);
    }

    /** Puts the pieces into the cart, never more than are available now. */
    public void addToCart() {
        Optional<CatalogQueries.ProductDetail> detail = find();
        read = true;
        if (detail.isEmpty()) {
            CartAdditionMessages.gone();
            return;
        }
        view = ProductView.read(detail.get(), profiles);
        ProductCard product = view.product();
        int before = cart.quantityOf(product.id());
        int after = cart.add(product.id(), quantity, product.available());
        CartAdditionMessages.say(new CartAddition(quantity, before, after, product.available()));
        quantity = 1;
    }

    public ProductCard getProduct() {
        return view() == null ? null : view.product();
    }

    public int getInCart() {
        return getProduct() == null ? 0 : cartPeek.quantityOf(view.product().id());
    }

    /** The latest batches of the piece, each with its trace code (the tag's QR code opens its trace page). */
    public List<BatchRow> getBatches() {
        return view() == null ? List.of() : view.batches();
    }

    /** Where the money of one piece goes: the maker's, the cooperative's and the broker's share of its price. */
    public PieceShares getShares() {
        return view() == null ? null : view.shares();
    }

    public String getStockLabel() {
        return view().stockLabel();
    }

    public String getStockClass() {
        return view().stockClass();
    }

    /** None in stock, but trained women have made it before: she may ask for pieces made for her. */
    public boolean isMadeToOrder() {
        return view() != null && view.madeToOrder();
    }

    public List<String> getGallery() {
        return view() == null ? List.of() : view.gallery();
    }

    public List<ProductCard> getOtherWork() {
        return view() == null ? List.of() : view.otherWork();
    }

    public List<MakerCard> getMakers() {
        return view() == null ? List.of() : view.makers();
    }

    public String getDescriptionHtml() {
        return view().descriptionHtml();
    }

    public String getMetaDescription() {
        return view().metaDescription();
    }

    /** The page's own address, as canonical link and in the structured data (the readable one, under PUBLIC_BASE_URL). */
    public String getCanonicalUrl() {
        return publicAddress.absolute(view().product().url());
    }

    public String getImageUrl() {
        return publicAddress.absolute(view().product().imageUrl());
    }

    /** The schema.org Product of the page as JSON-LD, safe to write inside its script element as it is. */
    public String getStructuredData() {
        ProductCard product = view().product();
        return ProductStructuredData.json(
                product.id(),
                product.name(),
                getMetaDescription(),
                getImageUrl(),
                getCanonicalUrl(),
                product.cooperative(),
                view.price(),
                product.available() > 0);
    }

    /** The id of the readable address ({@code /products/7}), else of {@code ?id=}. */
    public String getId() {
        if (id == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            Object inPath = external.getRequestMap().get(ProductAddressFilter.ID_ATTRIBUTE);
            id = inPath != null
                    ? inPath.toString()
                    : external.getRequestParameterMap().get("id");
        }
        return id;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
