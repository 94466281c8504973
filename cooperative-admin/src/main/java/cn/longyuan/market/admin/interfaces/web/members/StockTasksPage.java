package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.backoffice.StockOperations;
import cn.longyuan.market.application.backoffice.StockQueries;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * What a manager does to her stock by hand — adjustments (reason required), transfers between her places,
 * stocktake, low-stock thresholds — and the list of products under their threshold. Federation staff see the
 * list; the forms are the manager's.
 */
@Named
@ViewScoped
public class StockTasksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StockOperations operations;

    @Inject
    private StockQueries stock;

    @Inject
    private BackOfficeUser user;

    private Long productId;
    private Long locationId;
    private Long toLocationId;
    private Integer amount;
    private String reason;
    /** Counted pieces per "productId-locationId" row of the stocktake sheet. */
    private final Map<String, Integer> counted = new HashMap<>();
    /** Thresholds per product id. */
    private final Map<Long, Integer> thresholds = new HashMap<>();

    /** A row of the stocktake sheet: a product at a place and what the books say is there. */
    public record SheetRow(long productId, String product, long locationId, String place, int onHand, int reserved) {
        public String key() {
            return productId + "-" + locationId;
        }
    }

    @PostConstruct
    void init() {
        for (StockQueries.ProductStock p : stock.visibleTo(user.actor(), null)) {
            thresholds.put(p.productId(), operations.thresholdOf(p.productId()));
        }
    }

    public void startAdjust() {
        productId = null;
        locationId = null;
        amount = null;
        reason = null;
    }

    public void adjust() {
        try {
            operations.adjust(
                    user.actor(), productId == null ? 0 : productId, locationId, amount == null ? 0 : amount, reason);
            PageMessages.info("stockTasks.adjusted");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "adjust", null);
        }
    }

    public void transfer() {
        try {
            operations.transfer(
                    user.actor(),
                    productId == null ? 0 : productId,
                    locationId == null ? 0 : locationId,
                    toLocationId == null ? 0 : toLocationId,
                    amount == null ? 0 : amount,
                    reason);
            PageMessages.info("stockTasks.transferred");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "transfer", null);
        }
    }

    public void bookStocktake() {
        List<StockOperations.Count> counts = new ArrayList<>();
        for (SheetRow row : getSheet()) {
            Integer n = counted.get(row.key());
            if (n != null) {
                counts.add(new StockOperations.Count(row.productId(), row.locationId(), n));
            }
        }
        try {
            int booked = operations.stocktake(user.actor(), counts);
            PageMessages.info("stockTasks.stocktakeBooked", booked);
            counted.clear();
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "stocktake", null);
        }
    }

    public void saveThreshold(long product) {
        try {
            Integer threshold = thresholds.get(product);
            operations.setLowStockThreshold(user.actor(), product, threshold == null ? 0 : threshold);
            PageMessages.info("stockTasks.thresholdSaved");
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "thresholds", null);
        }
    }

    public List<StockQueries.ProductStock> getProducts() {
        return stock.visibleTo(user.actor(), null);
    }

    public List<StockOperations.PlaceRef> getPlaces() {
        return operations.places(user.actor());
    }

    /** Every product at every place of the cooperative, with the books' figures. */
    public List<SheetRow> getSheet() {
        List<SheetRow> rows = new ArrayList<>();
        List<StockOperations.PlaceRef> places = getPlaces();
        for (StockQueries.ProductStock p : getProducts()) {
            for (StockOperations.PlaceRef place : places) {
                StockQueries.PlaceStock at = p.places().stream()
                        .filter(s -> s.locationId() == place.id())
                        .findFirst()
                        .orElse(null);
                rows.add(new SheetRow(
                        p.productId(),
                        p.name().zh(),
                        place.id(),
                        place.name().zh(),
                        at == null ? 0 : at.onHand(),
                        at == null ? 0 : at.reserved()));
            }
        }
        return rows;
    }

    public List<StockOperations.LowStock> getLowStock() {
        return operations.lowStock(user.actor());
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public Long getToLocationId() {
        return toLocationId;
    }

    public void setToLocationId(Long toLocationId) {
        this.toLocationId = toLocationId;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Map<String, Integer> getCounted() {
        return counted;
    }

    public Map<Long, Integer> getThresholds() {
        return thresholds;
    }
}
