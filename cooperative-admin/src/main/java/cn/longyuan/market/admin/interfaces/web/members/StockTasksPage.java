package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.application.stock.StockOperations;
import cn.longyuan.market.application.stock.StockQueries;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
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

    /** The tasks, one shown at a time (the page stays short on a phone): its tab's name ({@code ?tab=}). */
    static final List<String> TABS = List.of("low", "stocktake", "thresholds", "places");

    private String tab;
    private final StockMoveForm move = new StockMoveForm();
    private final StocktakeSheet stocktake = new StocktakeSheet();
    /** Thresholds per product id. */
    private final Map<Long, Integer> thresholds = new HashMap<>();

    @PostConstruct
    void init() {
        for (StockQueries.ProductStock p : stock.visibleTo(user.actor(), null)) {
            thresholds.put(p.productId(), operations.thresholdOf(p.productId()));
        }
    }

    public void startAdjust() {
        move.clear();
    }

    public void adjust() {
        try {
            operations.adjust(user.actor(), move.product(), move.getLocationId(), move.pieces(), move.getReason());
            PageMessages.info("stockTasks.adjusted");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "adjust", null);
        }
    }

    public void transfer() {
        try {
            operations.transfer(user.actor(), move.product(), move.from(), move.to(), move.pieces(), move.getReason());
            PageMessages.info("stockTasks.transferred");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "transfer", null);
        }
    }

    public void bookStocktake() {
        try {
            int booked = operations.stocktake(user.actor(), stocktake.counts(getSheet()));
            PageMessages.info("stockTasks.stocktakeBooked", booked);
            stocktake.clear();
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
    public List<StocktakeSheet.SheetRow> getSheet() {
        return StocktakeSheet.rows(getProducts(), getPlaces(), Faces.getLocale());
    }

    public List<StockOperations.LowStock> getLowStock() {
        return operations.lowStock(user.actor());
    }

    /** The tab shown: the one asked for, else the low-stock list (the only one federation staff have). */
    public String getTab() {
        return tab != null && TABS.contains(tab) && (user.isManager() || "low".equals(tab)) ? tab : "low";
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public int getTabIndex() {
        return TABS.indexOf(getTab());
    }

    public StockMoveForm getMove() {
        return move;
    }

    public StocktakeSheet getStocktake() {
        return stocktake;
    }

    public Map<Long, Integer> getThresholds() {
        return thresholds;
    }
}
