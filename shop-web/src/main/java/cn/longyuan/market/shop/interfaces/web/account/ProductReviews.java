package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.application.catalog.Favourites;
import cn.longyuan.market.application.catalog.Reviews;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.buyer.Review;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.web.api.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The reviews block of a product page ({@code WEB-INF/includes/reviews.xhtml}) and its heart: the product's
 * reviews with the reviewers' display names and the average rating; for a logged-in buyer with a delivered
 * order of it not yet reviewed, the form; the favourite mark. The product is the page's own id parameter.
 * Review texts are plain text, escaped when shown (never rendered as HTML). Per request, like the stateless product
 * page it belongs to ({@link cn.longyuan.market.shop.interfaces.web.catalog.ProductDetails}).
 */
@Named
@RequestScoped
public class ProductReviews {

    static final String FORM = "review";

    /** A review as shown. */
    public record Shown(String reviewer, int rating, String stars, String text, String at) {}

    @Inject
    private Reviews reviews;

    @Inject
    private Favourites favourites;

    @Inject
    private CurrentBuyer buyer;

    private Long productId;
    private List<Shown> shown = List.of();
    private String average;
    private List<String> reviewableOrders = List.of();
    private String orderNumber;
    private Integer rating;
    private String text;
    private boolean favourite;

    /** Reads the block for the page's product id (the text of its parameter); once per request. */
    public boolean forProduct(String id) {
        Long parsed = Ids.parse(id == null ? null : id.strip());
        if (parsed != null && !parsed.equals(productId)) {
            productId = parsed;
            read();
        }
        return productId != null;
    }

    private void read() {
        Reviews.OfProduct of = reviews.ofProduct(productId);
        shown = of.reviews().stream()
                .map(r -> new Shown(r.reviewer(), r.rating(), stars(r.rating()), r.text(), ShopTexts.time(r.at())))
                .toList();
        average = of.average().isPresent()
                ? BigDecimal.valueOf(of.average().getAsDouble())
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString()
                : null;
        if (buyer.isLoggedIn()) {
            reviewableOrders = reviews.reviewableOrders(buyer.accountId(), productId);
            orderNumber = reviewableOrders.isEmpty() ? null : reviewableOrders.get(0);
            favourite = favourites.isFavourite(buyer.accountId(), productId);
        }
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (productId == null || !buyer.isLoggedIn()) {
            return;
        }
        try {
            reviews.write(buyer.accountId(), orderNumber, productId, rating == null ? 0 : rating, text);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, ShopTexts.text("review.thanks"), null));
            rating = null;
            text = null;
        } catch (RequestRefusedException refused) {
            switch (refused.reason()) {
                case VALIDATION -> {
                    for (FieldViolation v : refused.violations()) {
                        faces.addMessage(
                                FORM + ":" + v.field(),
                                new FacesMessage(
                                        FacesMessage.SEVERITY_ERROR,
                                        ShopTexts.text("review.violation." + v.field(), Review.MAX_LENGTH),
                                        null));
                    }
                    faces.validationFailed();
                }
                case INVALID_STATE ->
                    faces.addMessage(
                            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ShopTexts.text("review.notNow"), null));
                default ->
                    faces.addMessage(
                            null,
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, ShopTexts.text("review.notYours"), null));
            }
        }
        read();
    }

    public void toggleFavourite() {
        if (productId == null || !buyer.isLoggedIn()) {
            return;
        }
        try {
            if (favourites.isFavourite(buyer.accountId(), productId)) {
                favourites.remove(buyer.accountId(), productId);
            } else {
                favourites.add(buyer.accountId(), productId);
            }
        } catch (RequestRefusedException gone) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ShopTexts.text("product.gone"), null));
        }
        favourite = favourites.isFavourite(buyer.accountId(), productId);
    }

    private static String stars(int rating) {
        return "★".repeat(rating) + "☆".repeat(Review.MAX_RATING - rating);
    }

    public List<Shown> getReviews() {
        return shown;
    }

    public String getAverage() {
        return average;
    }

    public int getCount() {
        return shown.size();
    }

    public List<String> getReviewableOrders() {
        return reviewableOrders;
    }

    public boolean isMayReview() {
        return !reviewableOrders.isEmpty();
    }

    public boolean isFavourite() {
        return favourite;
    }

    public int getMaxLength() {
        return Review.MAX_LENGTH;
    }

    public List<Integer> getRatings() {
        return List.of(5, 4, 3, 2, 1);
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
