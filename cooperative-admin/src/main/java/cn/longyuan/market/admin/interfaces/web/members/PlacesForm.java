package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.stock.StockOperations;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * The places tab of the stock tasks: a manager adds a place (Chinese name, English optional) and retires one that
 * holds nothing; retired places stay listed, with when. The rules are {@link StockOperations}'.
 */
@Named
@ViewScoped
public class PlacesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StockOperations operations;

    @Inject
    private BackOfficeUser user;

    @Inject
    private Clock clock;

    private String nameZh;
    private String nameEn;

    public List<StockOperations.PlaceRow> getPlaces() {
        return operations.allPlaces(user.actor());
    }

    public void add() {
        try {
            operations.addPlace(user.actor(), nameZh, nameEn);
            PageMessages.info("places.added", nameZh.strip());
            nameZh = null;
            nameEn = null;
        } catch (RequestRefusedException e) {
            String field =
                    e.violations().isEmpty() ? "nameZh" : e.violations().get(0).field();
            String text = PageMessages.text("violation.places." + field);
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "places:" + field,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    text != null ? text : e.violations().get(0).message(),
                                    null));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void retire(StockOperations.PlaceRow place) {
        try {
            operations.retirePlace(user.actor(), place.id(), clock.instant());
            PageMessages.info("places.retired", place.name().zh());
        } catch (RequestRefusedException e) {
            String key = place.main()
                    ? "places.mainNotRetired"
                    : place.retired() ? "places.retiredAlready" : "places.holdsStock";
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    PageMessages.text(key, place.name().zh(), currentPieces(place)),
                                    null));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private int currentPieces(StockOperations.PlaceRow place) {
        return getPlaces().stream()
                .filter(p -> p.id() == place.id())
                .mapToInt(StockOperations.PlaceRow::onHand)
                .findFirst()
                .orElse(place.onHand());
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
