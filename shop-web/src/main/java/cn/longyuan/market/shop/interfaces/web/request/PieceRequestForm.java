package cn.longyuan.market.shop.interfaces.web.request;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.application.ordering.BuyerRequests;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.buyer.BuyerRequest;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.catalog.ProductCard;
import cn.longyuan.market.shop.interfaces.web.checkout.ViolationTexts;
import cn.longyuan.market.web.api.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The request page ({@code /request.xhtml?product=7}) for a piece none of which is in stock: she asks to have pieces
 * made for her — told first how many days the cooperative needs and the earliest date — or to hear when it is back.
 * The cooperative reads it in its back office and contacts her. An address that names no product on sale answers 404.
 */
@Named
@RequestScoped
public class PieceRequestForm {

    static final String FORM = "request";

    @Inject
    private BuyerRequests requests;

    @Inject
    private CatalogQueries catalog;

    private String product;
    private BuyerRequest.Kind kind = BuyerRequest.Kind.MADE_TO_ORDER;
    private Integer quantity = 1;
    private LocalDate wishedBy;
    private String name;
    private String phone;
    private String email;
    private String note;
    private ProductCard card;
    private BuyerRequests.LeadTime leadTime;
    private Long sent;

    /** The view action (and again before a postback's action): 404 when the address names no product on sale. */
    public void load() throws IOException {
        if (card != null) {
            return;
        }
        Long id = Ids.parse(product == null ? null : product.strip());
        CatalogQueries.ProductDetail detail =
                id == null ? null : catalog.product(id).orElse(null);
        if (detail == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "no such product");
            faces.responseComplete();
            return;
        }
        card = ProductCard.of(detail.summary());
        leadTime = requests.leadTime(id);
    }

    public void submit() throws IOException {
        load();
        if (card == null) {
            return;
        }
        try {
            sent = requests.ask(
                    card.id(),
                    new BuyerRequests.Ask(
                            kind,
                            quantity,
                            wishedBy,
                            name,
                            phone,
                            email,
                            note,
                            ShopTexts.locale().getLanguage()));
        } catch (RequestRefusedException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (FieldViolation violation : refused.violations()) {
                String text = "wishedBy".equals(violation.field())
                        ? ShopTexts.text("request.tooSoon", leadTime.days(), ShopTexts.date(leadTime.earliest()))
                        : ViolationTexts.of(violation);
                faces.addMessage(
                        FORM + ":" + violation.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            if (refused.violations().isEmpty()) {
                faces.addMessage(
                        null,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
            }
            faces.validationFailed();
        }
    }

    public boolean isMadeToOrder() {
        return kind == BuyerRequest.Kind.MADE_TO_ORDER;
    }

    public BuyerRequest.Kind[] getKinds() {
        return BuyerRequest.Kind.values();
    }

    public ProductCard getCard() {
        return card;
    }

    public BuyerRequests.LeadTime getLeadTime() {
        return leadTime;
    }

    public String getEarliest() {
        return leadTime == null ? "" : ShopTexts.date(leadTime.earliest());
    }

    /** The request's number once it is taken, else null. */
    public Long getSent() {
        return sent;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public BuyerRequest.Kind getKind() {
        return kind;
    }

    public void setKind(BuyerRequest.Kind kind) {
        this.kind = kind;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getWishedBy() {
        return wishedBy;
    }

    public void setWishedBy(LocalDate wishedBy) {
        this.wishedBy = wishedBy;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
