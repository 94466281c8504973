package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.CatalogProfiles;
import cn.longyuan.market.application.CatalogQueries;
import cn.longyuan.market.application.listing.DescriptionHtml;
import cn.longyuan.market.shop.interfaces.web.CachedImages;
import cn.longyuan.market.shop.interfaces.web.ProductAddressFilter;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.StockState;
import cn.longyuan.market.shop.interfaces.web.cart.CartPeek;
import cn.longyuan.market.shop.interfaces.web.cart.ShoppingCart;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.http.PublicAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A product's page ({@code /products/7}, also {@code /product.xhtml?id=7}): the piece, the women who made it and what they were trained
 * in, and putting pieces into the cart. An id that names no listed product answers the shop's 404 page.
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
    private ShoppingCart cart;

    @Inject
    private CartPeek cartPeek;

    static final int OTHER_WORK = 8;
    static final int BATCHES = 6;

    @Inject
    private CatalogProfiles profiles;

    @Inject
    private PublicAddress publicAddress;

    /** A search result shows about this much of a description. */
    static final int META_DESCRIPTION = 160;

    private String id;
    private boolean read;
    private ProductCard product;
    private CatalogQueries.ProductSummary summary;
    private String description;
    private List<MakerCard> makers = List.of();
    private List<String> gallery = List.of();
    private List<ProductCard> otherWork = List.of();
    private List<CatalogProfiles.BatchView> batches = List.of();
    private String otherDescription;
    private String otherLanguage;
    private Integer quantity = 1;

    /** The view action: answers 404 when the address names no listed product. */
    public void load() throws IOException {
        if (getProduct() == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "no such product");
            faces.responseComplete();
        }
    }

    /** Reads the product once per request. */
    private void readOnce() {
        if (!read) {
            read = true;
            find().ifPresent(this::show);
        }
    }

    private Optional<CatalogQueries.ProductDetail> find() {
        Long productId = Ids.parse(getId() == null ? null : getId().strip());
        return productId == null ? Optional.empty() : catalog.product(productId);
    }

    private void show(CatalogQueries.ProductDetail detail) {
        summary = detail.summary();
        product = ProductCard.of(summary);
        description = ShopTexts.in(detail.description());
        Locale other = "en".equals(ShopTexts.locale().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        otherLanguage = other.getLanguage();
        otherDescription = detail.description().in(other);
        List<Long> makerIds =
                detail.makers().stream().map(CatalogQueries.MakerProfile::id).toList();
        Set<Long> withProfile = profiles.withPublicProfile(makerIds);
        makers = detail.makers().stream()
                .map(m -> MakerCard.of(m, withProfile.contains(m.id())))
                .toList();
        gallery = profiles.gallery(product.id()).stream()
                .map(CachedImages::versioned)
                .toList();
        otherWork = profiles.otherWorkBy(makerIds, product.id(), OTHER_WORK).stream()
                .map(ProductCard::of)
                .toList();
        batches = profiles.batches(product.id(), BATCHES);
    }

    /** The latest batches of the piece, each with its trace code (the tag's QR code opens its trace page). */
    public List<CatalogProfiles.BatchView> getBatches() {
        readOnce();
        return batches;
    }

    /**
     * "Only 2 left" from {@value StockState#FEW} pieces down; with none, "made to order" when trained women have
     * made it before (the cooperative can make more), else "out of stock".
     */
    public String getStockLabel() {
        readOnce();
        return isMadeToOrder() ? ShopTexts.text("stock.madeToOrder") : product.stockLabel();
    }

    public String getStockClass() {
        readOnce();
        return isMadeToOrder() ? "made-to-order" : product.stockClass();
    }

    /** None in stock, but trained women have made it before: she may ask for pieces made for her. */
    public boolean isMadeToOrder() {
        readOnce();
        return product.available() <= 0 && !makers.isEmpty();
    }

    public List<String> getGallery() {
        readOnce();
        return gallery;
    }

    public List<ProductCard> getOtherWork() {
        readOnce();
        return otherWork;
    }

    public String getOtherDescription() {
        readOnce();
        return otherDescription;
    }

    /** The language of {@link #getOtherDescription()}, for the lang attribute. */
    public String getOtherLanguage() {
        readOnce();
        return otherLanguage;
    }

    /** Puts the pieces into the cart, never more than are available now. */
    public void addToCart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<CatalogQueries.ProductDetail> detail = find();
        read = true;
        if (detail.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ShopTexts.text("product.gone"), null));
            return;
        }
        show(detail.get());
        int available = product.available();
        int before = cart.quantityOf(product.id());
        int after = cart.add(product.id(), quantity, available);
        String quantityField = "buy:quantity";
        if (after == before + quantity) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO, ShopTexts.text("product.added", quantity, after), null));
        } else if (after > before) {
            faces.addMessage(
                    quantityField,
                    new FacesMessage(
                            FacesMessage.SEVERITY_WARN,
                            ShopTexts.text("product.addedLimited", available, after),
                            null));
        } else {
            faces.addMessage(
                    quantityField,
                    new FacesMessage(
                            FacesMessage.SEVERITY_WARN,
                            available == 0
                                    ? ShopTexts.text("stock.outOfStock")
                                    : ShopTexts.text("product.allInCart", available),
                            null));
        }
        quantity = 1;
    }

    public int getInCart() {
        return getProduct() == null ? 0 : cartPeek.quantityOf(product.id());
    }

    public ProductCard getProduct() {
        readOnce();
        return product;
    }

    public String getDescription() {
        readOnce();
        return description;
    }

    /**
     * The description as the cooperative formatted it (paragraphs, emphasis, lists, links), sanitised again
     * here with the same policy it was saved with, so that the page never shows markup that policy would drop.
     */
    public String getDescriptionHtml() {
        return DescriptionHtml.sanitise(getDescription());
    }

    /**
     * The page's summary for search results and link previews: the start of the description as plain text, or
     * name, craft and cooperative when it has none.
     */
    public String getMetaDescription() {
        readOnce();
        String text = DescriptionHtml.toPlainText(getDescriptionHtml())
                .replaceAll("\\s+", " ")
                .strip();
        if (text.isEmpty()) {
            return product.name() + " · " + product.craftName() + " · " + product.cooperative();
        }
        return text.length() <= META_DESCRIPTION
                ? text
                : text.substring(0, META_DESCRIPTION - 1).strip() + "…";
    }

    /** The page's own address, as canonical link and in the structured data (the readable one, under PUBLIC_BASE_URL). */
    public String getCanonicalUrl() {
        readOnce();
        return publicAddress.absolute(product.url());
    }

    public String getImageUrl() {
        readOnce();
        return publicAddress.absolute(product.imageUrl());
    }

    /** The schema.org Product of the page as JSON-LD, safe to write inside its script element as it is. */
    public String getStructuredData() {
        readOnce();
        return ProductStructuredData.json(
                product.id(),
                product.name(),
                getMetaDescription(),
                getImageUrl(),
                getCanonicalUrl(),
                product.cooperative(),
                summary.price().toDecimalString(),
                product.available() > 0);
    }

    public List<MakerCard> getMakers() {
        readOnce();
        return makers;
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
